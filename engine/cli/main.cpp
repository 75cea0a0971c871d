// faicls-cli: the engine from the command line (spec §7). Results on stdout, progress and
// messages on stderr; exit 0 ok, 1 runtime failure, 2 bad usage or bad input, 130 interrupted.

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "command_line.h"
#include "faicls/engine_error.h"
#include "faicls/version.h"
#include "interrupt.h"

namespace {

const char* const kUsage = R"(Usage: faicls-cli COMMAND [OPTIONS]

Commands:
  import --torchvision FILE.pth --config CFG.json --out M.faicls [--classes NAMES.txt]
        Build a model bundle from a torchvision ResNet/EfficientNet state_dict.
  import --focoos model_final.pth --info model_info.json --out M.faicls
        Build a model bundle from a FocoosAI reference checkpoint.
  demo --out DIR [--per-class 100] [--mosaics 300]
        Build the Fashion-MNIST demo datasets: DIR/fashion-mnist-folder (10 classes) and
        DIR/fashion-mnist-mosaics (multi-label 2x2 mosaics, Roboflow COCO with boxes).
  inspect DATASET [--json] [--layout classification_folder|roboflow_coco|coco]
        [--valid-fraction 0.2] [--seed 42] [--drop-unannotated] [--max-megapixels 100]
        [--near-duplicate-distance 3]
        Index a dataset and report its classes, splits and problems, with the copies of a
        picture (same bytes, or resized/re-encoded: perceptual hashes within the distance of
        64 bits, 0..8; -1 skips them; the hashes are cached in ~/.cache/faicls).
  train --data DATASET [--config CFG.json] [--out RUN_DIR] [--device auto|cpu|cuda[:N]]
        [--precision auto|float32|bfloat16|float16] [--epochs N] [--fetch-weights] [--json]
        Train; RUN_DIR gets config.json, metrics.jsonl, last.faicls and best.faicls.
        auto computes in bfloat16 on a processor with native bfloat16 (AVX-512 BF16, AMX),
        float16 on CUDA, else float32; the run keeps its precision when resumed.
        --fetch-weights downloads the catalogue weights backbone_config.pretrained names
        when no cache has them (nothing is downloaded without it).
  train --resume RUN_DIR [--data DATASET]
        Continue a cancelled or interrupted run exactly where its last epoch ended.
  eval --model M.faicls --data DATASET [--split valid] [--json]
        [--precision float32|bfloat16|int8|auto]
        Metrics of a model on a split of a dataset: of the network itself (float32), or as
        prediction computes them in bfloat16 or with the model's int8 variant (auto: what
        predict uses on this CPU).
  review --model M.faicls --data DATASET [--split held-out|valid|test] [--limit 50] [--json]
  review --data DATASET --split train [--folds 4] [--config C.json | --model M.faicls]
        [--epochs N] [--work DIR]
        The pictures whose labels are likely wrong, by confident learning on the model's
        scores for the splits it did not train on (valid and test together by default).
        For the training split: k-fold cross-validation, short trainings (the config of
        --config, else of the run M comes from) each scoring the fold it did not see.
  apply-edits --data DATASET --edits EDITS.json [--json] | --project PROJECT | --data D --undo
        Write a review's edits into the dataset in one step: relabelled pictures move to
        their class folder (COCO: new annotation files), moved ones to their split, excluded
        ones to DATASET-excluded beside it. The dataset before stays beside it as
        DATASET-before-edits-TIME; --undo puts it back. EDITS.json: {"format": 1, "edits":
        [{"kind": "relabel", "path": "train/cat/1.jpg", "labels": ["dog"]},
         {"kind": "exclude", "path": ...}, {"kind": "move", "path": ..., "split": "test"}]}
  predict --model M.faicls IMAGE_OR_DIR... [--threshold T] [--top-k K] [--annotate OUT_DIR]
        [--explain OUT_DIR] [--csv FILE] [--json] [--device cpu|auto|cuda[:N]] [--batch-size 16]
        [--precision auto|float32|bfloat16|int8]
        Classify images (folders are searched recursively); unreadable files are reported
        and skipped. auto is the model's int8 variant on the CPU when it has one, else
        bfloat16 on a processor with native bfloat16, else float32. --annotate writes each picture with its labels drawn on it; --explain
        one picture per predicted label with a Grad-CAM heat map of where the model saw it
        (NAME-LABEL.EXT); --csv one row per image; --json every class's score.
  export --model M.faicls --format onnx|onnx-int8|torchscript|focoos --out PATH
        [IMAGE_OR_DIR...]
        Write the model as ONNX, TorchScript or the FocoosAI reference checkpoint (PATH is
        then a folder), then load it back and compare its logits with the engine's on a
        few images (the given ones and synthetic ones); fails if they differ. onnx-int8 is
        the model's int8 variant as ONNX QDQ, compared with the engine's int8 graph.
  quantize --model M.faicls --data DATASET [--calibration 256] [IMAGE_OR_DIR...] [--keep]
        [--json]
        Make an int8 variant of the model: calibrated on images of the training split (or the
        given ones), measured against float32 on the validation split; --keep adds it to
        M.faicls (the float model stays as it is), and prediction on the CPU then uses it.
  weights list [--json]
        The pretrained backbones of the weights catalogue (the built-in one and the file
        FAICLS_WEIGHTS_CATALOG names), and whether each is cached on this machine.
  weights fetch NAME [--json]
        Download a catalogue entry into the cache (resumed if interrupted, checked by its
        SHA-256) unless a cache has it; print its file.
  weights path NAME
        The local file of a catalogue entry (our cache, then PyTorch's hub cache).

Options:
  --version   print the version and exit
  --help      print this help and exit (also after a command)

Exit status: 0 ok, 1 runtime failure, 2 bad usage or bad input, 130 interrupted (Ctrl+C
stops a training after its current step, its last epoch saved; a second Ctrl+C quits).
)";

}  // namespace

int main(int argc, char** argv) {
    using namespace faicls;
    cli::watchInterrupts();
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty()) {
        std::cerr << kUsage;
        return cli::kExitBadInput;
    }
    const std::string command = arguments.front();
    if (command == "--version" || command == "version") {
        std::cout << "faicls-cli " << kVersion << " (LibTorch " << torchVersion() << ")\n";
        return cli::kExitOk;
    }
    const bool help = std::any_of(arguments.begin(), arguments.end(),
                                  [](const std::string& a) { return a == "--help" || a == "-h"; });
    if (help || command == "help") {  // also `train --help`: the usage says every command
        std::cout << kUsage;
        return cli::kExitOk;
    }
    const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
    try {
        if (command == "import")
            return cli::runImport(rest);
        if (command == "predict")
            return cli::runPredict(rest);
        if (command == "inspect")
            return cli::runInspect(rest);
        if (command == "demo")
            return cli::runDemo(rest);
        if (command == "train")
            return cli::runTrain(rest);
        if (command == "eval")
            return cli::runEval(rest);
        if (command == "review")
            return cli::runReview(rest);
        if (command == "apply-edits")
            return cli::runApplyEdits(rest);
        if (command == "weights")
            return cli::runWeights(rest);
        if (command == "export")
            return cli::runExport(rest);
        if (command == "quantize")
            return cli::runQuantize(rest);
        std::cerr << "faicls-cli: unknown command '" << command << "'\n\n" << kUsage;
        return cli::kExitBadInput;
    } catch (const cli::UsageError& error) {
        std::cerr << "faicls-cli " << command << ": " << error.message
                  << "\n(see faicls-cli --help)\n";
        return cli::kExitBadInput;
    } catch (const EngineError& error) {
        std::cerr << "faicls-cli " << command << ": " << error.what() << "\n";
        const bool badInput =
            error.code() != ErrorCode::Runtime && error.code() != ErrorCode::WriteFailed &&
            error.code() != ErrorCode::Cancelled && error.code() != ErrorCode::DownloadFailed;
        return badInput ? cli::kExitBadInput : cli::kExitRuntimeFailure;
    } catch (const std::exception& error) {
        std::cerr << "faicls-cli " << command << ": " << error.what() << "\n";
        return cli::kExitRuntimeFailure;
    }
}

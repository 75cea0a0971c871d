// ONNX Runtime on our ONNX export, as bench/inference_bench.cpp measures ours: batch-1 latency
// (median of ITERATIONS) and batch-32 throughput at 224 px, on as many threads. ONNX Runtime is
// not a Debian package: install onnxruntime-node (npm install onnxruntime-node --ignore-scripts,
// which ships the CPU library) and give its node_modules folder in ORT_NODE_MODULES.
// Usage: node ort_inference.js MODEL.onnx NAME ITERATIONS THREADS. Prints a JSON line.
'use strict';
const path = require('path');
const ort = require(path.join(process.env.ORT_NODE_MODULES || 'node_modules', 'onnxruntime-node'));

async function main() {
    const [file, name, iterationsText, threadsText] = process.argv.slice(2);
    const iterations = Number(iterationsText || 30);
    const threads = Number(threadsText || 2);
    const session = await ort.InferenceSession.create(file, {
        intraOpNumThreads: threads,
        interOpNumThreads: 1,
        graphOptimizationLevel: 'all',
        executionMode: 'sequential',
    });
    const inputs = {};
    for (const batch of [1, 32]) {
        const data = new Float32Array(batch * 3 * 224 * 224).map(() => Math.random() * 2 - 1);
        inputs[batch] = new ort.Tensor('float32', data, [batch, 3, 224, 224]);
    }
    const run = (batch) => session.run({images: inputs[batch]});
    await run(1);
    const latencies = [];
    for (let i = 0; i < iterations; ++i) {
        const start = process.hrtime.bigint();
        await run(1);
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    latencies.sort((a, b) => a - b);
    await run(32);
    const batches = Math.max(2, Math.floor(iterations / 10));
    const start = process.hrtime.bigint();
    for (let i = 0; i < batches; ++i)
        await run(32);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(JSON.stringify({
        engine: `ONNX Runtime ${require(path.join(process.env.ORT_NODE_MODULES || 'node_modules',
                                                  'onnxruntime-node', 'package.json')).version} (${path.basename(file)})`,
        model: name,
        threads,
        batch1_median_ms: Number(latencies[Math.floor(latencies.length / 2)].toFixed(2)),
        batch1_min_ms: Number(latencies[0].toFixed(2)),
        batch32_images_per_second: Number((32 * batches / seconds).toFixed(1)),
    }));
}

main().catch((error) => {
    console.log(JSON.stringify({engine: 'ONNX Runtime', error: String(error)}));
    process.exit(1);
});

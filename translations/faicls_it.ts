<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../engine/src/config/config_fields.cpp" line="+44"/>
        <source>Classes</source>
        <translation>Classi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes; set from the dataset.</source>
        <translation>Numero di classi; impostato dal dataset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature extractor family.</source>
        <translation>Famiglia dell&apos;estrattore di feature.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet depth.</source>
        <translation>Profondità della ResNet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet: &quot;b&quot; (torchvision layout) or &quot;d&quot; (reference checkpoints). EfficientNet: &quot;b0&quot; to &quot;b3&quot;.</source>
        <translation>ResNet: &quot;b&quot; (struttura torchvision) o &quot;d&quot; (checkpoint di riferimento). EfficientNet: da &quot;b0&quot; a &quot;b3&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC size preset; empty uses base and layers.</source>
        <translation>Preset di dimensione STDC; se vuoto si usano larghezza di base e livelli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base width</source>
        <translation>Larghezza di base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC base width, used when no size preset is set.</source>
        <translation>Larghezza di base STDC, usata quando non è impostato alcun preset di dimensione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage layers</source>
        <translation>Livelli per stadio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC blocks per stage, used when no size preset is set.</source>
        <translation>Blocchi STDC per stadio, usati quando non è impostato alcun preset di dimensione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block type</source>
        <translation>Tipo di blocco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC block: concatenation (reference default) or addition.</source>
        <translation>Blocco STDC: concatenazione (predefinito di riferimento) o somma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pretrained weights</source>
        <translation>Pesi preaddestrati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weights catalogue name (such as resnet18-imagenet), a weights file (.pth), or empty to start from random weights.</source>
        <translation>Un nome del catalogo dei pesi (come resnet18-imagenet), un file di pesi (.pth) o vuoto per partire da pesi casuali.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input side in pixels, or [height, width].</source>
        <translation>Lato dell&apos;input in pixel, oppure [altezza, larghezza].</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pixel mean</source>
        <translation>Media dei pixel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel mean subtracted from RGB pixels (0..255).</source>
        <translation>Media per canale sottratta ai pixel RGB (0..255).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pixel std</source>
        <translation>Deviazione std dei pixel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel divisor of RGB pixels (0..255).</source>
        <translation>Divisore per canale dei pixel RGB (0..255).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden width</source>
        <translation>Larghezza nascosta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden width of the two-layer head.</source>
        <translation>Larghezza dello strato nascosto della testa a due strati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout probability in the head.</source>
        <translation>Probabilità di dropout nella testa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature level</source>
        <translation>Livello delle feature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone level fed to the head.</source>
        <translation>Livello del backbone passato alla testa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head layers</source>
        <translation>Strati della testa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head depth: 1 (linear) or 2 (hidden layer, ReLU, dropout).</source>
        <translation>Profondità della testa: 1 (lineare) o 2 (strato nascosto, ReLU, dropout).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focal loss</source>
        <translation>Focal loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss instead of cross-entropy / BCE (for imbalanced data).</source>
        <translation>Focal loss al posto di entropia incrociata / BCE (per dati sbilanciati).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focal alpha</source>
        <translation>Alpha focale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss alpha.</source>
        <translation>Parametro alpha della focal loss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focal gamma</source>
        <translation>Gamma focale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss gamma.</source>
        <translation>Parametro gamma della focal loss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label smoothing</source>
        <translation>Label smoothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label smoothing of the targets.</source>
        <translation>Smussamento delle etichette di destinazione (label smoothing).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-label</source>
        <translation>Multi-etichetta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several labels per image: sigmoid + BCE instead of softmax + cross-entropy.</source>
        <translation>Più etichette per immagine: sigmoide + BCE al posto di softmax + entropia incrociata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positive weight</source>
        <translation>Peso dei positivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of positive labels in BCE (multi-label).</source>
        <translation>Peso delle etichette positive nella BCE (multi-etichetta).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epochs</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes over the training split.</source>
        <translation>Passaggi sulla suddivisione di addestramento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch size</source>
        <translation>Dimensione del batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per step.</source>
        <translation>Immagini per passo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate</source>
        <translation>Tasso di apprendimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head learning rate.</source>
        <translation>Tasso di apprendimento della testa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backbone learning-rate factor</source>
        <translation>Fattore del tasso di apprendimento del backbone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone learning rate = learning rate x this. Automatic: 0.1 with pretrained weights, 1.0 without.</source>
        <translation>Tasso di apprendimento del backbone = tasso di apprendimento x questo valore. Automatico: 0,1 con pesi pre-addestrati, altrimenti 1,0.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Train the head first (epochs)</source>
        <translation>Addestra prima la testa (epoche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the first N epochs the backbone stays fixed and only the head trains; then the whole network does.</source>
        <translation>Per le prime N epoche il backbone resta fisso e si addestra solo la testa; poi l’intera rete.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freeze the backbone</source>
        <translation>Congela il backbone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the backbone&apos;s weights fixed for the whole run: only the head trains.</source>
        <translation>I pesi del backbone restano fissi per tutto l’addestramento: si addestra solo la testa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cache the features</source>
        <translation>Memorizza le feature in cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a frozen backbone and no augmentation, compute each image&apos;s features once and train the head on them: epochs take seconds.</source>
        <translation>Con il backbone congelato e senza augmentation, calcola una volta le feature di ogni immagine e addestra la testa su di esse: un’epoca richiede pochi secondi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optimizer</source>
        <translation>Ottimizzatore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimiser.</source>
        <translation>Ottimizzatore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum.</source>
        <translation>Momento di SGD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SGD with Nesterov momentum.</source>
        <translation>SGD con momento di Nesterov.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight decay</source>
        <translation>Decadimento dei pesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay (none on norm layers and biases).</source>
        <translation>Decadimento dei pesi (non applicato agli strati di normalizzazione e ai bias).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule after warmup.</source>
        <translation>Andamento del tasso di apprendimento dopo il warmup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warmup epochs</source>
        <translation>Epoche di warmup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear warmup length.</source>
        <translation>Durata del warmup lineare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient clipping</source>
        <translation>Clipping del gradiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum gradient L2 norm, 0 = off.</source>
        <translation>Norma L2 massima del gradiente, 0 = disattivato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Early stopping</source>
        <translation>Arresto anticipato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop when validation F1 stops improving.</source>
        <translation>Interrompe quando l&apos;F1 di validazione smette di migliorare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patience</source>
        <translation>Pazienza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluations without improvement before early stopping.</source>
        <translation>Valutazioni senza miglioramento prima dell&apos;arresto anticipato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation period</source>
        <translation>Periodo di valutazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate every N epochs.</source>
        <translation>Valuta ogni N epoche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class balancing</source>
        <translation>Bilanciamento delle classi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter class imbalance with loss weights or a balanced sampler.</source>
        <translation>Compensa lo sbilanciamento delle classi con pesi nella perdita o un campionatore bilanciato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale jitter</source>
        <translation>Variazione di scala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest-edge scale jitter and random crop (reference default).</source>
        <translation>Variazione casuale di scala sul lato più corto e ritaglio casuale (predefinito di riferimento).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Random resized crop</source>
        <translation>Ritaglio casuale ridimensionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random resized crop instead of scale jitter.</source>
        <translation>Ritaglio casuale ridimensionato al posto della variazione di scala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horizontal flip</source>
        <translation>Ribaltamento orizzontale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability of a horizontal flip.</source>
        <translation>Probabilità di un ribaltamento orizzontale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Color jitter</source>
        <translation>Variazione di colore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour jitter strength, 0 = off.</source>
        <translation>Intensità della variazione casuale di colore, 0 = disattivata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixed precision (CUDA)</source>
        <translation>Precisione mista (CUDA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed precision (fp16) on CUDA when the precision is automatic.</source>
        <translation>Precisione mista (fp16) su CUDA quando la precisione è automatica.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;auto&quot;, &quot;cpu&quot;, &quot;cuda&quot; or &quot;cuda:N&quot;.</source>
        <translation>&quot;auto&quot;, &quot;cpu&quot;, &quot;cuda&quot; o &quot;cuda:N&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decoding threads</source>
        <translation>Thread di decodifica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image decode threads, 0 = one per core.</source>
        <translation>Thread per la decodifica delle immagini, 0 = uno per core.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed.</source>
        <translation>Seme casuale.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_page.cpp" line="+209"/>
        <location filename="../engine/src/config/config_fields.cpp" line="-20"/>
        <source>What convolutions compute in: auto is bfloat16 on a CPU with native bfloat16, float16 on CUDA, else float32.</source>
        <translation>In cosa calcolano le convoluzioni: automatico è bfloat16 su una CPU con bfloat16 nativo, float16 su CUDA, altrimenti float32.</translation>
    </message>
</context>
<context>
    <name>DatasetNames</name>
    <message>
        <location filename="../gui/dataset/dataset_names.cpp" line="+8"/>
        <source>a folder per class</source>
        <translation>una cartella per classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roboflow COCO export</source>
        <translation>esportazione COCO di Roboflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COCO annotations</source>
        <translation>annotazioni COCO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a dataset</source>
        <translation>non è un dataset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed JSON</source>
        <translation>JSON malformato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid annotations</source>
        <translation>annotazioni non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing file</source>
        <translation>file mancante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty file</source>
        <translation>file vuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable image</source>
        <translation>immagine illeggibile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated image</source>
        <translation>immagine troncata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image too large</source>
        <translation>immagine troppo grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside the dataset</source>
        <translation>fuori dal dataset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown category</source>
        <translation>categoria sconosciuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder category</source>
        <translation>categoria segnaposto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crowd annotation</source>
        <translation>annotazione crowd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unannotated image</source>
        <translation>immagine non annotata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty class</source>
        <translation>classe vuota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class missing from train</source>
        <translation>classe assente da train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing split</source>
        <translation>suddivisione mancante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate image</source>
        <translation>immagine duplicata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converted image</source>
        <translation>immagine convertita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXIF rotation</source>
        <translation>rotazione EXIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored file</source>
        <translation>file ignorato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>near-duplicate</source>
        <translation>quasi duplicato</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <location filename="../gui/common/duration_text.cpp" line="+10"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../gui/runner/error_text.cpp" line="+15"/>
        <source>File not found</source>
        <translation>File non trovato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be used</source>
        <translation>Il file non è utilizzabile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsafe file refused (nothing in it was run)</source>
        <translation>File non sicuro rifiutato (nulla è stato eseguito)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format not supported</source>
        <translation>Formato non supportato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration has problems</source>
        <translation>La configurazione presenta problemi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights do not fit this network</source>
        <translation>I pesi non corrispondono a questa rete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be written</source>
        <translation>Impossibile scrivere un file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine stopped with an error</source>
        <translation>Il motore si è fermato con un errore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download did not complete</source>
        <translation>Il download non è stato completato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ConfigForm</name>
    <message>
        <location filename="../gui/config/config_form.cpp" line="+71"/>
        <source>
Key: %1 · default: %2</source>
        <translation>
Chiave: %1 · predefinito: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a weights file</source>
        <translation>Scegli un file di pesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.faicls);;All files (*)</source>
        <translation>Pesi (*.pth *.pt *.faicls);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>224 or 224 x 320</source>
        <translation>224 o 224 x 320</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2, 2, 2</source>
        <translation>2, 2, 2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::DatasetPage</name>
    <message>
        <location filename="../gui/dataset/dataset_page.cpp" line="+47"/>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dataset folder — or drop a folder onto this window</source>
        <translation>Cartella del dataset — o trascina una cartella su questa finestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <translation>Analizza</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No dataset open.</source>
        <translation>Nessun dataset aperto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Split:</source>
        <translation>Suddivisione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class:</source>
        <translation>Classe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the dataset: %1</source>
        <translation>Impossibile aprire il dataset: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bits</source>
        <translation> bit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near-duplicates: pictures whose 64-bit perceptual hashes differ in at most this many bits are reported as copies (resized, re-encoded, brightened). 0-3 finds copies; from about 4, different photos of one subject start to pair up.</source>
        <translation>Quasi duplicati: le immagini i cui hash percettivi a 64 bit differiscono al massimo di questo numero di bit sono segnalate come copie (ridimensionate, ricodificate, schiarite). 0-3 trova le copie; da circa 4, foto diverse dello stesso soggetto iniziano ad essere accoppiate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies within:</source>
        <translation>Copie entro:</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Scanning %1…</source>
        <translation>Analisi di %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a dataset folder</source>
        <translation>Apri una cartella del dataset</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %n class(es) · </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n classe · </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n classi · </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) (train %1, valid %2, test %3)</source>
        <translation>
            <numerusform>%n immagine (train %1, valid %2, test %3)</numerusform>
            <numerusform>%n immagini (train %1, valid %2, test %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · multi-label</source>
        <translation> · multi-etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · single-label</source>
        <translation> · etichetta singola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · no validation split on disk: one was drawn from train</source>
        <translation> · nessuna suddivisione di validazione su disco: è stata ricavata da train</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no validation split on disk, and the classes are too small to draw one</source>
        <translation> · nessuna suddivisione di validazione su disco, e le classi sono troppo piccole per ricavarne una</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 error(s), %2 warning(s): see Problems&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#c0392b&apos;&gt;errori: %1, avvisi: %2; vedi Problemi&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Image sizes:&lt;/b&gt; %1 × %2 to %3 × %4 px</source>
        <translation>&lt;b&gt;Dimensioni delle immagini:&lt;/b&gt; da %1 × %2 a %3 × %4 px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; every class has about as many training images</source>
        <translation>&lt;b&gt;Bilanciamento:&lt;/b&gt; ogni classe ha circa lo stesso numero di immagini di addestramento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; the largest class has %1× the images of the smallest (train)%2</source>
        <translation>&lt;b&gt;Bilanciamento:&lt;/b&gt; la classe più grande ha %1× le immagini della più piccola (train)%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — consider class balancing (Model page, Training recipe)</source>
        <translation> — valuta il bilanciamento delle classi (pagina Modello, Ricetta di addestramento)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; a class has no training images</source>
        <translation>&lt;b&gt;Bilanciamento:&lt;/b&gt; una classe non ha immagini di addestramento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; no identical files</source>
        <translation>&lt;b&gt;Duplicati:&lt;/b&gt; nessun file identico</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; %n group(s) of identical files</source>
        <translation>
            <numerusform>&lt;b&gt;Duplicati:&lt;/b&gt; %n gruppo di file identici</numerusform>
            <numerusform>&lt;b&gt;Duplicati:&lt;/b&gt; %n gruppi di file identici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n across splits (they inflate validation figures)</source>
        <translation>
            <numerusform>, %n tra suddivisioni diverse (gonfia i risultati di validazione)</numerusform>
            <numerusform>, %n tra suddivisioni diverse (gonfiano i risultati di validazione)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; none (pictures within %n bit(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Quasi duplicati:&lt;/b&gt; nessuno (immagini entro %n bit)</numerusform>
            <numerusform>&lt;b&gt;Quasi duplicati:&lt;/b&gt; nessuno (immagini entro %n bit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; %n group(s) of resized or re-encoded copies</source>
        <translation>
            <numerusform>&lt;b&gt;Quasi duplicati:&lt;/b&gt; %n gruppo di copie ridimensionate o ricodificate</numerusform>
            <numerusform>&lt;b&gt;Quasi duplicati:&lt;/b&gt; %n gruppi di copie ridimensionate o ricodificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n across splits</source>
        <translation>
            <numerusform>, %n tra suddivisioni</numerusform>
            <numerusform>, %n tra suddivisioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Problems:&lt;/b&gt; %1 error(s), %2 warning(s) (Problems tab)</source>
        <translation>&lt;b&gt;Problemi:&lt;/b&gt; errori: %1, avvisi: %2 (scheda Problemi)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>images</source>
        <translation>immagini</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>train images</source>
        <translation>immagini di train</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>labels per image (train)</source>
        <translation>etichette per immagine (train)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Problems (%1)</source>
        <translation>Problemi (%1)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::EvaluationPage</name>
    <message>
        <location filename="../gui/evaluation/evaluation_page.cpp" line="+103"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluate</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split:</source>
        <translation>Suddivisione:</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+177"/>
        <source>Evaluate a model on the open dataset.</source>
        <translation>Valuta un modello sul dataset aperto.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Decision threshold:</source>
        <translation>Soglia di decisione:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positives</source>
        <translation>Positivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best threshold</source>
        <translation>Soglia migliore</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% of the true class</source>
        <translation>% della classe vera</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>recall (%)</source>
        <translation>richiamo (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision (%) — dots: the current threshold</source>
        <translation>precisione (%) — punti: la soglia attuale</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Evaluation failed: %1</source>
        <translation>Valutazione non riuscita: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>float32 (the network)</source>
        <translation>float32 (la rete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8 (the model&apos;s int8 variant)</source>
        <translation>int8 (la variante int8 del modello)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (emulated on this processor: slow)</source>
        <translation>bfloat16 (emulato su questo processore: lento)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computed in:</source>
        <translation>Calcolato in:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Most confident mistakes (double-click to open, with where the model looked)</source>
        <translation>Errori più sicuri (doppio clic per aprire, con dove ha guardato il modello)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a dataset and choose a model first.</source>
        <translation>Apri prima un dataset e scegli un modello.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluating…</source>
        <translation>Valutazione in corso…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>nothing</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2%)
true: %3</source>
        <translation>%1 (%2%)
reale: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&lt;b&gt;F1 %1&lt;/b&gt; · precision %2 · recall %3 · %n image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · precisione %2 · richiamo %3 · %n immagine</numerusform>
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · precisione %2 · richiamo %3 · %n immagini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · micro-F1 %1 · mAP %2 · threshold %3 (best %4 gives F1 %5)</source>
        <translation> · micro-F1 %1 · mAP %2 · soglia %3 (la migliore, %4, dà F1 %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · accuracy %1 · top-5 %2</source>
        <translation> · accuratezza %1 · top-5 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>balanced accuracy %1 · weakest class: &lt;b&gt;%2&lt;/b&gt;, F1 %3, recall %4</source>
        <translation>accuratezza bilanciata %1 · classe più debole: &lt;b&gt;%2&lt;/b&gt;, F1 %3, richiamo %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed in %1, as prediction computes it.</source>
        <translation>Calcolato in %1, come lo calcola la previsione.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>predicted</source>
        <translation>classe predetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class (row %)</source>
        <translation>classe reale (% per riga)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExplainedPicture</name>
    <message>
        <location filename="../gui/common/explained_picture.cpp" line="+70"/>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossibile mostrare %1: %2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExportPage</name>
    <message>
        <location filename="../gui/export/export_page.cpp" line="+49"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ONNX — for ONNX Runtime, OpenCV, TensorRT</source>
        <translation>ONNX — per ONNX Runtime, OpenCV, TensorRT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript — for PyTorch and LibTorch</source>
        <translation>TorchScript — per PyTorch e LibTorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FocoosAI reference checkpoint (STDC and ResNet-d models)</source>
        <translation>Checkpoint di riferimento FocoosAI (modelli STDC e ResNet-d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ONNX int8 (QDQ) — the model&apos;s int8 variant, for ONNX Runtime, TensorRT</source>
        <translation>ONNX int8 (QDQ) — la variante int8 del modello, per ONNX Runtime, TensorRT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination:</source>
        <translation>Destinazione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export and verify</source>
        <translation>Esporta e verifica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every export is loaded back right after it is written and compared with the model on a few images.</source>
        <translation>Ogni esportazione viene ricaricata subito dopo la scrittura e confrontata con il modello su alcune immagini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faster prediction on the CPU: int8</source>
        <translation>Previsione più veloce sulla CPU: int8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make int8 variant</source>
        <translation>Crea variante int8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Tienila</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the checkpoint</source>
        <translation>Cartella per il checkpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calibrating on %1 of %2 pictures…</source>
        <translation>Calibrazione su %1 di %2 immagini…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring on %1 of %2 validation pictures…</source>
        <translation>Misura su %1 di %2 immagini di validazione…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;No int8 variant:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Nessuna variante int8:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2 % (float32 %3 %, %4 points); the same top class as float32 for %5 % of the validation pictures</source>
        <translation>%1 %2 % (float32 %3 %, %4 punti); la stessa classe principale di float32 per il %5 % delle immagini di validazione</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;This model has an int8 variant&lt;/b&gt;: %1. Prediction on the CPU uses it.</source>
        <translation>&lt;b&gt;Questo modello ha una variante int8&lt;/b&gt;: %1. La previsione sulla CPU la usa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <source>accuracy</source>
        <translation>accuratezza</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose a model first.</source>
        <translation>Scegli prima un modello.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the dataset the model was trained on first: the int8 variant is calibrated and measured on its pictures.</source>
        <translation>Apri prima il dataset su cui è stato addestrato il modello: la variante int8 viene calibrata e misurata sulle sue immagini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibrating…</source>
        <translation>Calibrazione…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b style=&apos;color:#1e8449&apos;&gt;Exported and verified.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1e8449&apos;&gt;Esportato e verificato.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Exported, but the check failed: the file does not reproduce the model.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Esportato, ma la verifica non è riuscita: il file non riproduce il modello.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Files: %1&lt;br&gt;Check: %2 on %3 images, largest logit difference %4 (limit %5).</source>
        <translation>&lt;br&gt;File: %1&lt;br&gt;Verifica: %2 su %3 immagini, differenza massima dei logit %4 (limite %5).</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Esportazione non riuscita:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An int8 variant computes in 8-bit integers: on the CPU it predicts up to about twice as fast. It is calibrated on pictures of the open dataset&apos;s training split and measured against the model on its validation split; you see what it costs and gains before you keep it.</source>
        <translation>Una variante int8 calcola con interi a 8 bit: sulla CPU prevede fino a circa due volte più velocemente. Viene calibrata su immagini della parte di addestramento del dataset aperto e confrontata con il modello sulla sua parte di validazione; vedi quanto costa e quanto rende prima di tenerla.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;int8 variant measured&lt;/b&gt; on %1 validation pictures (calibrated on %2): %3; %4 times the float32 speed on this computer. Keep it to predict with it on the CPU; the model itself stays as it is.</source>
        <translation>&lt;b&gt;Variante int8 misurata&lt;/b&gt; su %1 immagini di validazione (calibrata su %2): %3; %4 volte la velocità di float32 su questo computer. Tienila per prevedere con essa sulla CPU; il modello in sé resta com&apos;è.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model and a destination first.</source>
        <translation>Scegli prima un modello e una destinazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting and checking…</source>
        <translation>Esportazione e verifica in corso…</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImagePreview</name>
    <message>
        <location filename="../gui/dataset/image_preview.cpp" line="+19"/>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossibile mostrare %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no label</source>
        <translation>nessuna etichetta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an image to see it here</source>
        <translation>Seleziona un&apos;immagine per vederla qui</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImageViewer</name>
    <message>
        <location filename="../gui/common/image_viewer.cpp" line="+35"/>
        <source>Show where the model looked</source>
        <translation>Mostra dove ha guardato il modello</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heat map: %1</source>
        <translation>Nessuna mappa di calore: %1</translation>
    </message>
</context>
<context>
    <name>faicls::gui::MainWindow</name>
    <message>
        <location filename="../gui/app/main_window.cpp" line="+452"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>Addestramento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prediction</source>
        <translation>Predizione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Demo dataset ready.</source>
        <translation>Dataset demo pronto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model: %1</source>
        <translation>Modello: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;dataset…</source>
        <translation>Apri &amp;dataset…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;model…</source>
        <translation>Apri &amp;modello…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;run folder…</source>
        <translation>Apri &amp;cartella dell&apos;esecuzione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent datasets</source>
        <translation>Dataset recenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent models</source>
        <translation>Modelli recenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Prova la demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>Prefere&amp;nze…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training</source>
        <translation>&amp;Addestramento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausa / riprendi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About %1</source>
        <translation>&amp;Informazioni su %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New project…</source>
        <translation>N&amp;uovo progetto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;project…</source>
        <translation>Apri p&amp;rogetto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Progetti recenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save project</source>
        <translation>&amp;Salva progetto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close project</source>
        <translation>C&amp;hiudi progetto</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Train image classifiers (FAI-CLS: a ResNet, STDC or EfficientNet backbone with an MLP head) on your own pictures, evaluate them, predict and export — offline, on the CPU or a CUDA GPU.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %3 · Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Addestra classificatori di immagini (FAI-CLS: un backbone ResNet, STDC o EfficientNet con una testa MLP) sulle tue immagini, valutali, esegui predizioni ed esportali — offline, sulla CPU o su una GPU CUDA.&lt;/p&gt;&lt;p&gt;Motore: LibTorch %3 · Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the built-in catalogue only</source>
        <translation>nessuno: solo il catalogo integrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by the environment variable %1</source>
        <translation>Impostato dalla variabile d’ambiente %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra weights catalogue</source>
        <translation>Catalogo dei pesi aggiuntivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra weights catalogue:</source>
        <translation>Catalogo dei pesi aggiuntivo:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A folder for the new project (an empty one, or one to create)</source>
        <translation>Una cartella per il nuovo progetto (vuota o da creare)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project folder</source>
        <translation>Apri una cartella di progetto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no project.json: not a project folder. To start one there, use File &gt; New project.</source>
        <translation>%1 non contiene project.json: non è una cartella di progetto. Per crearne uno lì, usa File &gt; Nuovo progetto.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a dataset folder</source>
        <translation>Apri una cartella del dataset</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a model</source>
        <translation>Apri un modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>Modelli FAI-CLS (*.faicls)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a run folder</source>
        <translation>Apri una cartella dell&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no metrics.jsonl: not a training run folder.</source>
        <translation>%1 non contiene metrics.jsonl: non è la cartella di un&apos;esecuzione di addestramento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the demo dataset…</source>
        <translation>Preparazione del dataset demo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Idle</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training paused</source>
        <translation>Addestramento in pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training…</source>
        <translation>Addestramento in corso…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Training is running</source>
        <translation>Addestramento in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training and quit? The last finished epoch&apos;s checkpoint is kept and the run can be continued later.</source>
        <translation>Interrompere l&apos;addestramento e uscire? Il checkpoint dell&apos;ultima epoca completata viene conservato e l&apos;esecuzione potrà essere ripresa in seguito.</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPage</name>
    <message>
        <location filename="../gui/config/model_page.cpp" line="+79"/>
        <source>Backbone learning rate × %1.</source>
        <translation>Tasso di apprendimento del backbone × %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backbone learning rate × %1 (automatic: %2).</source>
        <translation>Tasso di apprendimento del backbone × %1 (automatico: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from scratch</source>
        <translation>senza pre-addestramento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained weights</source>
        <translation>pesi pre-addestrati</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a preset…</source>
        <translation>Scegli un preset…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, ImageNet-pretrained (recommended for photos)</source>
        <translation>ResNet-18, pre-addestrata su ImageNet (consigliata per le foto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, ImageNet-pretrained (more accurate, slower)</source>
        <translation>ResNet-50, pre-addestrata su ImageNet (più precisa, più lenta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, ImageNet-pretrained</source>
        <translation>EfficientNet-B0, pre-addestrata su ImageNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MobileNetV2, ImageNet-pretrained (small and fast)</source>
        <translation>MobileNetV2, pre-addestrata su ImageNet (piccola e veloce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS n — STDC nano, res4, from scratch (smallest, fastest)</source>
        <translation>FAI-CLS n — STDC nano, res4, da zero (la più piccola e veloce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS s — STDC small, res4, from scratch</source>
        <translation>FAI-CLS s — STDC small, res4, da zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS m — STDC small, res5, from scratch</source>
        <translation>FAI-CLS m — STDC small, res5, da zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, from scratch</source>
        <translation>ResNet-18, da zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, from scratch</source>
        <translation>ResNet-50, da zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, from scratch</source>
        <translation>EfficientNet-B0, da zero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load…</source>
        <translation>Carica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults</source>
        <translation>Predefiniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A training is running with the settings it started with: changes made here apply to the next run.</source>
        <translation>È in corso un addestramento con le impostazioni con cui è stato avviato: le modifiche fatte qui si applicano alla prossima esecuzione.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download…</source>
        <translation>Scarica…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose weights file…</source>
        <translation>Scegli file di pesi…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training recipe</source>
        <translation>Ricetta di addestramento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load a configuration</source>
        <translation>Carica una configurazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the configuration</source>
        <translation>Salva la configurazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose pretrained weights</source>
        <translation>Scegli pesi pre-addestrati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>Pesi (*.pth *.pt *.tar *.faicls);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Weights: random (from scratch). With few photos, an ImageNet-pretrained preset learns far more.</source>
        <translation>Pesi: casuali (da zero). Con poche foto, un preset pre-addestrato su ImageNet impara molto di più.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: the file %1.</source>
        <translation>Pesi: il file %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weights: the weights catalogue cannot be read.</source>
        <translation>Pesi: impossibile leggere il catalogo dei pesi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights: %1 is not in the weights catalogue.</source>
        <translation>Pesi: %1 non è nel catalogo dei pesi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: %1 — %2, licence %3</source>
        <translation>Pesi: %1 — %2, licenza %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, ImageNet top-1 %1 %</source>
        <translation>, top-1 su ImageNet %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. On this computer: %1</source>
        <translation>. Su questo computer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Not downloaded yet.</source>
        <translation>. Non ancora scaricati.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Not downloaded yet (%1).</source>
        <translation>. Non ancora scaricati (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has problems:
%2</source>
        <translation>%1 presenta problemi:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not be written</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by the size</source>
        <translation>Determinato dalla dimensione</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Ready: %1, features %2 (%3 channels), %n-layer head.</source>
        <translation>
            <numerusform>Pronto: %1, feature %2 (%3 canali), testa a %n strato.</numerusform>
            <numerusform>Pronto: %1, feature %2 (%3 canali), testa a %n strati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) in the configuration: see the fields marked in red.</source>
        <translation>
            <numerusform>%n problema nella configurazione: vedi i campi evidenziati in rosso.</numerusform>
            <numerusform>%n problemi nella configurazione: vedi i campi evidenziati in rosso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPicker</name>
    <message>
        <location filename="../gui/common/model_picker.cpp" line="+16"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a model</source>
        <translation>Scegli un modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>Modelli FAI-CLS (*.faicls)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::PredictionPage</name>
    <message>
        <location filename="../gui/prediction/prediction_page.cpp" line="+56"/>
        <source>no class above the threshold</source>
        <translation>nessuna classe sopra la soglia</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A trained model (.faicls)</source>
        <translation>Un modello addestrato (.faicls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model&apos;s threshold</source>
        <translation>Soglia del modello</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where the model looked</source>
        <translation>Mostra dove ha guardato il modello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A heat map (Grad-CAM) over the picture: red where the picture speaks most for the best class, blue where not at all</source>
        <translation>Una mappa di calore (Grad-CAM) sull&apos;immagine: rosso dove l&apos;immagine parla di più per la classe migliore, blu dove per niente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add images…</source>
        <translation>Aggiungi immagini…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict a folder…</source>
        <translation>Predici una cartella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV…</source>
        <translation>Salva CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold:</source>
        <translation>Soglia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Saved %n prediction(s) to %1</source>
        <translation>
            <numerusform>%n previsione salvata in %1</numerusform>
            <numerusform>%n previsioni salvate in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No heat map: %1</source>
        <translation>Nessuna mappa di calore: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>%n file(s) could not be read (shown in red).</source>
        <translation>
            <numerusform>Impossibile leggere %n file (in rosso).</numerusform>
            <numerusform>Impossibile leggere %n file (in rosso).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Drop pictures or folders here, or paste a picture (Ctrl+V).</source>
        <translation>Trascina qui immagini o cartelle, oppure incolla un&apos;immagine (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Pictures to classify</source>
        <translation>Immagini da classificare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Immagini (%1);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of pictures</source>
        <translation>Una cartella di immagini</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the predictions</source>
        <translation>Salva le predizioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Choose a model first (a .faicls file).</source>
        <translation>Scegli prima un modello (un file .faicls).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to paste: copy a picture, or image files, to the clipboard first.</source>
        <translation>Niente da incollare: copia prima un’immagine, o dei file immagine, negli appunti.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No pictures found in %1</source>
        <translation>Nessuna immagine trovata in %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not be read</source>
        <translation>non leggibile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Predicted with the model&apos;s int8 variant.</source>
        <translation>Previsto con la variante int8 del modello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted in bfloat16.</source>
        <translation>Previsto in bfloat16.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 could not be read:
%2</source>
        <translation>Impossibile leggere %1:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossibile mostrare %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>score (%)</source>
        <translation>punteggio (%)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ProjectController</name>
    <message>
        <location filename="../gui/app/project_controller.cpp" line="+92"/>
        <source>The project&apos;s model could not be opened: %1</source>
        <translation>Impossibile aprire il modello del progetto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 opened.</source>
        <translation>Progetto %1 aperto.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Project %1 created.</source>
        <translation>Progetto %1 creato.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The dataset&apos;s classes changed since the project was saved (new: %1; gone: %2). Runs trained before predict the old classes.</source>
        <translation>Le classi del dataset sono cambiate dal salvataggio del progetto (nuove: %1; rimosse: %2). Le esecuzioni addestrate prima predicono le classi precedenti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ReviewPage</name>
    <message>
        <location filename="../gui/review/review_page.cpp" line="+36"/>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Validation and test pictures (the model&apos;s scores)</source>
        <translation>Immagini di validazione e test (punteggi del modello)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pictures (short trainings, cross-validated)</source>
        <translation>Immagini di addestramento (addestramenti brevi, validazione incrociata)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folds:</source>
        <translation>Partizioni:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs each:</source>
        <translation>Epoche ciascuno:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find likely label errors</source>
        <translation>Trova i probabili errori di etichetta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the pictures whose labels are likely wrong, and the copies the scan found; fix them with one key.</source>
        <translation>Trova le immagini con etichette probabilmente errate e le copie trovate dalla scansione; correggile con un tasto.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+263"/>
        <location line="+18"/>
        <source>Likely label errors (%1)</source>
        <translation>Probabili errori di etichetta (%1)</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+281"/>
        <source>Copies (%1)</source>
        <translation>Copie (%1)</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Show where the model looked</source>
        <translation>Mostra dove ha guardato il modello</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No heat map: %1</source>
        <translation>Nessuna mappa di calore: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accept the suggestion (A)</source>
        <translation>Accetta il suggerimento (A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relabel (1–9)</source>
        <translation>Rietichetta (1–9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude (X)</source>
        <translation>Escludi (X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To train (T)</source>
        <translation>In train (T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To valid (V)</source>
        <translation>In valid (V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To test (E)</source>
        <translation>In test (E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annulla (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply the edits to the dataset…</source>
        <translation>Applica le modifiche al dataset…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last apply</source>
        <translation>Annulla l&apos;ultima applicazione</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 di %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applied: %1 relabelled, %2 excluded, %3 moved. The dataset as it was is kept in %4.</source>
        <translation>Applicato: %1 rietichettate, %2 escluse, %3 spostate. Il dataset precedente è conservato in %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded pictures are in %1.</source>
        <translation>Le immagini escluse sono in %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset is back as it was before the last apply.</source>
        <translation>Il dataset è tornato com&apos;era prima dell&apos;ultima applicazione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dataset was not changed: %1</source>
        <translation>Il dataset non è stato modificato: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open a dataset first.</source>
        <translation>Apri prima un dataset.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Model page&apos;s settings have problems: fix them first (the trainings of the cross-validation follow them).</source>
        <translation>Le impostazioni della pagina Modello hanno problemi: correggili prima (gli addestramenti della validazione incrociata le seguono).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A training is running: wait for it or stop it first.</source>
        <translation>È in corso un addestramento: attendi o fermalo prima.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a trained model first.</source>
        <translation>Scegli prima un modello addestrato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training %1 models, each on all folds but one…</source>
        <translation>Addestramento di %1 modelli, ciascuno su tutte le partizioni tranne una…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring the validation and test pictures…</source>
        <translation>Calcolo dei punteggi delle immagini di validazione e test…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review cancelled.</source>
        <translation>Revisione annullata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review: %1</source>
        <translation>Nessuna revisione: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 pictures are likely labelled wrongly (confident learning%3).</source>
        <translation>%1 di %2 immagini sono probabilmente etichettate male (confident learning%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, scores of models trained without them</source>
        <translation>, punteggi di modelli addestrati senza di esse</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 Edits made now are not saved over it.</source>
        <translation>%1 Le modifiche fatte ora non lo sovrascrivono.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kept in %1</source>
        <translation>conservate in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not kept after the app closes: open or create a project for that</source>
        <translation>non conservate alla chiusura dell&apos;app: apri o crea un progetto per questo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No edits waiting.</source>
        <translation>Nessuna modifica in attesa.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n edit(s) waiting, %1.</source>
        <translation>
            <numerusform>%n modifica in attesa, %1.</numerusform>
            <numerusform>%n modifiche in attesa, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy group %1 (same bytes)</source>
        <translation>Gruppo di copie %1 (stessi byte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy group %1 (distance %2)</source>
        <translation>Gruppo di copie %1 (distanza %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelled %1, looks like %2 (%3%)</source>
        <translation>Etichettata %1, sembra %2 (%3%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels %1: missing %2</source>
        <translation>Etichette %1: manca %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: wrong %2</source>
        <translation>Etichette %1: errata %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: missing %2, wrong %3</source>
        <translation>Etichette %1: manca %2, errata %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>excluded</source>
        <translation>esclusa</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No likely label errors to show: find them with a model.</source>
        <translation>Nessun probabile errore di etichetta da mostrare: cercali con un modello.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Split: %1 · labels: %2</source>
        <translation>Suddivisione: %1 · etichette: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model says %1 (%2%).</source>
        <translation>Il modello dice %1 (%2%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model misses %1.</source>
        <translation>Il modello nota la mancanza di %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model doubts %1.</source>
        <translation>Il modello dubita di %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model misses %1 and doubts %2.</source>
        <translation>Il modello nota la mancanza di %1 e dubita di %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heat map shows where it sees %1.</source>
        <translation>La mappa di calore mostra dove vede %1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Apply the edits</source>
        <translation>Applica le modifiche</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Write %n edit(s) into the dataset at %1? The dataset as it is now is kept beside it, and &quot;Undo the last apply&quot; puts it back.</source>
        <translation>
            <numerusform>Scrivere %n modifica nel dataset in %1? Il dataset attuale è conservato accanto e «Annulla l&apos;ultima applicazione» lo ripristina.</numerusform>
            <numerusform>Scrivere %n modifiche nel dataset in %1? Il dataset attuale è conservato accanto e «Annulla l&apos;ultima applicazione» lo ripristina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Applying %n edit(s)…</source>
        <translation>
            <numerusform>Applicazione di %n modifica…</numerusform>
            <numerusform>Applicazione di %n modifiche…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::RunsTable</name>
    <message>
        <location filename="../gui/training/runs_table.cpp" line="+29"/>
        <source>training now</source>
        <translation>in addestramento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>completata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted: can be continued</source>
        <translation>interrotta: può essere ripresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: can be continued</source>
        <translation>non riuscita: può essere ripresa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select runs to draw their curves over the charts (Ctrl-click for several).</source>
        <translation>Seleziona le esecuzioni per tracciarne le curve sui grafici (Ctrl-clic per più di una).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this run&apos;s curves and make its best model the current one</source>
        <translation>Mostra le curve di questa esecuzione e rendi il suo modello migliore quello attuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best F1</source>
        <translation>F1 migliore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>Accuratezza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1, pretrained</source>
        <translation>%1, pre-addestrato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from random weights</source>
        <translation>da pesi casuali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename the run</source>
        <translation>Rinomina l&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
</context>
<context>
    <name>faicls::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+28"/>
        <source>Train image classifiers on your own pictures, watch them learn, and use them — all on this computer.</source>
        <translation>Addestra classificatori di immagini sulle tue foto, guardali imparare e usali — tutto su questo computer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New project…</source>
        <translation>Nuovo progetto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder that keeps a dataset&apos;s trainings, their models and settings together, to come back to.</source>
        <translation>Una cartella che raccoglie gli addestramenti di un dataset, i relativi modelli e le impostazioni, per riprenderli in seguito.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project…</source>
        <translation>Apri un progetto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue where you left off.</source>
        <translation>Riprendi da dove avevi lasciato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a dataset…</source>
        <translation>Apri un dataset…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with one sub-folder per class, or a Roboflow / COCO export.</source>
        <translation>Una cartella con una sottocartella per classe, oppure un&apos;esportazione Roboflow / COCO.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a model…</source>
        <translation>Apri un modello…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trained model (.faicls) to predict with, evaluate or export.</source>
        <translation>Un modello addestrato (.faicls) con cui fare predizioni, da valutare o esportare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>Prova la demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fashion-MNIST pictures of clothes in ten classes, ready to train in a minute.</source>
        <translation>Immagini Fashion-MNIST di capi d&apos;abbigliamento in dieci classi, pronte per l&apos;addestramento in un minuto.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recent projects</source>
        <translation>Progetti recenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent datasets</source>
        <translation>Dataset recenti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet</source>
        <translation>Ancora nessuno</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ThumbnailModel</name>
    <message>
        <location filename="../gui/dataset/thumbnail_model.cpp" line="+126"/>
        <source>%1
%2 × %3 px · %4
%5</source>
        <translation>%1
%2 × %3 px · %4
%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no label</source>
        <translation>nessuna etichetta</translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingCharts</name>
    <message>
        <location filename="../gui/training/training_charts.cpp" line="+66"/>
        <location line="+4"/>
        <source>iteration</source>
        <translation>iterazione</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>loss</source>
        <translation>perdita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch</source>
        <translation>epoca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>percentuale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning rate</source>
        <translation>tasso di apprendimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>perdita di addestramento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss (smoothed)</source>
        <translation>perdita di addestramento (smussata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>perdita di validazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss per epoch</source>
        <translation>perdita di addestramento per epoca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>precisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>richiamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>accuratezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate (head)</source>
        <translation>tasso di apprendimento (testa)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (smoothed loss)</source>
        <translation>%1 (perdita smussata)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: F1</source>
        <translation>%1: F1</translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingPage</name>
    <message>
        <location filename="../gui/training/training_page.cpp" line="-17"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run folder:</source>
        <translation>Cartella dell&apos;esecuzione:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (%1)</source>
        <translation>Automatico (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start training</source>
        <translation>Avvia addestramento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a run…</source>
        <translation>Continua un&apos;esecuzione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save charts…</source>
        <translation>Salva grafici…</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Not training.</source>
        <translation>Nessun addestramento in corso.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Run folder</source>
        <translation>Cartella dell&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Continue which run?</source>
        <translation>Quale esecuzione continuare?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the charts</source>
        <translation>Salva i grafici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Immagine PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be written</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Training could not run: %1</source>
        <translation>Impossibile eseguire l&apos;addestramento: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Runs</source>
        <translation>Esecuzioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training could not run.</source>
        <translation>Impossibile eseguire l&apos;addestramento.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Continue it</source>
        <translation>Riprendila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Precision:</source>
        <translation>Precisione:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open a dataset first (Dataset page).</source>
        <translation>Apri prima un dataset (pagina Dataset).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration has problems: see the Model page.</source>
        <translation>La configurazione presenta problemi: vedi la pagina Modello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This dataset cannot be trained on yet:
%1</source>
        <translation>Non è ancora possibile addestrare su questo dataset:
%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training on %1, run folder %2</source>
        <translation>Addestramento su %1, cartella dell&apos;esecuzione %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none open (Dataset page)</source>
        <translation>nessuno aperto (pagina Dataset)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 training, %3 validation images</source>
        <translation>%1 · %2 immagini di addestramento, %3 di validazione</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was trained on %2, which is no longer there, and the open dataset has other classes: open the run&apos;s dataset (moved?) to continue it.</source>
        <translation>%1 è stata addestrata su %2, che non c&apos;è più, e il dataset aperto ha altre classi: apri il dataset dell&apos;esecuzione (spostato?) per continuarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run&apos;s dataset %1 is no longer there: continuing on the open one, %2.</source>
        <translation>Il dataset %1 dell&apos;esecuzione non c&apos;è più: si continua su quello aperto, %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuing %1</source>
        <translation>Ripresa di %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run %1 stopped after epoch %2 of %3. Continue it where it stopped?</source>
        <translation>L&apos;esecuzione %1 si è interrotta dopo l&apos;epoca %2 di %3. Riprenderla da dove si è fermata?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping after the current batch…</source>
        <translation>Interruzione dopo il batch corrente…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (in use)</source>
        <translation>%1 (in uso)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automatica)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Epoch %1 of %2 · loss %3 · %4 images/s · %5 left</source>
        <translation>Epoca %1 di %2 · perdita %3 · %4 immagini/s · %5 rimanenti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epoch %1: training loss %2, validation loss %3, F1 %4, precision %5, recall %6%7%8</source>
        <translation>Epoca %1: perdita di addestramento %2, perdita di validazione %3, F1 %4, precisione %5, richiamo %6%7%8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, accuracy %1</source>
        <translation>, accuratezza %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — best so far, saved</source>
        <translation> — il migliore finora, salvato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1: training loss %2</source>
        <translation>Epoca %1: perdita di addestramento %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: %1</source>
        <translation>Interrotto: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %n epoch(s); the last checkpoint is kept and the run can be continued.</source>
        <translation>
            <numerusform>Interrotto dopo %n epoca; l&apos;ultimo checkpoint è conservato e l&apos;esecuzione può essere ripresa.</numerusform>
            <numerusform>Interrotto dopo %n epoche; l&apos;ultimo checkpoint è conservato e l&apos;esecuzione può essere ripresa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished early (no better F1 for a while) after %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>Terminato in anticipo (F1 non migliorato per un po&apos;) dopo %n epoca. F1 migliore %1.</numerusform>
            <numerusform>Terminato in anticipo (F1 non migliorato per un po&apos;) dopo %n epoche. F1 migliore %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>Completata %n epoca. F1 migliore %1.</numerusform>
            <numerusform>Completate %n epoche. F1 migliore %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::WeightsDownloadDialog</name>
    <message>
        <location filename="../gui/config/weights_download_dialog.cpp" line="+19"/>
        <source>Downloading pretrained weights</source>
        <translation>Download dei pesi pre-addestrati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)
from %3</source>
        <translation>%1 (%2)
da %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>size unknown</source>
        <translation>dimensione sconosciuta</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling… (what came is kept; the next download resumes it)</source>
        <translation>Annullamento… (quanto ricevuto resta; il prossimo download riprende da lì)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 MB</source>
        <translation>%1 di %2 MB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pretrained weights needed</source>
        <translation>Servono pesi pre-addestrati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network starts from the pretrained weights %1 (%2, %3), which are not on this computer yet.

Download them now (%4), or choose a weights file you have?</source>
        <translation>Questa rete parte dai pesi pre-addestrati %1 (%2, %3), che non sono ancora su questo computer.

Scaricarli ora (%4) o scegliere un file di pesi che hai già?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose pretrained weights</source>
        <translation>Scegli pesi pre-addestrati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>Pesi (*.pth *.pt *.tar *.faicls);;Tutti i file (*)</translation>
    </message>
</context>
</TS>

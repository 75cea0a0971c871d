<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../engine/src/config/config_fields.cpp" line="+44"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes; set from the dataset.</source>
        <translation>Anzahl der Klassen; wird aus dem Datensatz übernommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature extractor family.</source>
        <translation>Familie des Merkmalsextraktors.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet depth.</source>
        <translation>ResNet-Tiefe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet: &quot;b&quot; (torchvision layout) or &quot;d&quot; (reference checkpoints). EfficientNet: &quot;b0&quot; to &quot;b3&quot;.</source>
        <translation>ResNet: &quot;b&quot; (torchvision-Layout) oder &quot;d&quot; (Referenz-Checkpoints). EfficientNet: &quot;b0&quot; bis &quot;b3&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC size preset; empty uses base and layers.</source>
        <translation>STDC-Größenvoreinstellung; wenn leer, werden Basisbreite und Schichten pro Stufe verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base width</source>
        <translation>Basisbreite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC base width, used when no size preset is set.</source>
        <translation>STDC-Basisbreite; wird verwendet, wenn keine Größenvoreinstellung gesetzt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage layers</source>
        <translation>Schichten pro Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC blocks per stage, used when no size preset is set.</source>
        <translation>STDC-Blöcke pro Stufe; werden verwendet, wenn keine Größenvoreinstellung gesetzt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block type</source>
        <translation>Blocktyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC block: concatenation (reference default) or addition.</source>
        <translation>STDC-Block: Verkettung (Referenz-Standard) oder Addition.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pretrained weights</source>
        <translation>Vortrainierte Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weights catalogue name (such as resnet18-imagenet), a weights file (.pth), or empty to start from random weights.</source>
        <translation>Ein Name aus dem Gewichtskatalog (etwa resnet18-imagenet), eine Gewichtsdatei (.pth) oder leer, um mit Zufallsgewichten zu beginnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input side in pixels, or [height, width].</source>
        <translation>Seitenlänge der Eingabe in Pixeln oder [Höhe, Breite].</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pixel mean</source>
        <translation>Pixel-Mittelwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel mean subtracted from RGB pixels (0..255).</source>
        <translation>Mittelwert pro Kanal, der von den RGB-Pixeln abgezogen wird (0..255).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pixel std</source>
        <translation>Pixel-Standardabweichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel divisor of RGB pixels (0..255).</source>
        <translation>Divisor pro Kanal für die RGB-Pixel (0..255).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden width</source>
        <translation>Breite der versteckten Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden width of the two-layer head.</source>
        <translation>Breite der versteckten Schicht im zweischichtigen Kopf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout probability in the head.</source>
        <translation>Dropout-Wahrscheinlichkeit im Kopf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature level</source>
        <translation>Merkmalsebene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone level fed to the head.</source>
        <translation>Backbone-Ebene, die in den Kopf eingespeist wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head layers</source>
        <translation>Kopfschichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head depth: 1 (linear) or 2 (hidden layer, ReLU, dropout).</source>
        <translation>Tiefe des Kopfes: 1 (linear) oder 2 (versteckte Schicht, ReLU, Dropout).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focal loss</source>
        <translation>Focal Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss instead of cross-entropy / BCE (for imbalanced data).</source>
        <translation>Focal Loss statt Kreuzentropie / BCE (für unausgewogene Daten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focal alpha</source>
        <translation>Focal-Alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss alpha.</source>
        <translation>Alpha des Focal Loss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focal gamma</source>
        <translation>Focal-Gamma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss gamma.</source>
        <translation>Gamma des Focal Loss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label smoothing</source>
        <translation>Label Smoothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label smoothing of the targets.</source>
        <translation>Label Smoothing der Zielwerte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-label</source>
        <translation>Multi-Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several labels per image: sigmoid + BCE instead of softmax + cross-entropy.</source>
        <translation>Mehrere Labels pro Bild: Sigmoid + BCE statt Softmax + Kreuzentropie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positive weight</source>
        <translation>Positiv-Gewichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of positive labels in BCE (multi-label).</source>
        <translation>Gewichtung positiver Labels in der BCE (Multi-Label).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes over the training split.</source>
        <translation>Durchläufe über die Trainingsdaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per step.</source>
        <translation>Bilder pro Schritt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head learning rate.</source>
        <translation>Lernrate des Kopfes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backbone learning-rate factor</source>
        <translation>Backbone-Lernratenfaktor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone learning rate = learning rate x this. Automatic: 0.1 with pretrained weights, 1.0 without.</source>
        <translation>Backbone-Lernrate = Lernrate x dieser Wert. Automatisch: 0,1 mit vortrainierten Gewichten, sonst 1,0.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Train the head first (epochs)</source>
        <translation>Zuerst nur den Kopf trainieren (Epochen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the first N epochs the backbone stays fixed and only the head trains; then the whole network does.</source>
        <translation>In den ersten N Epochen bleibt das Backbone fest und nur der Kopf lernt; danach das ganze Netz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freeze the backbone</source>
        <translation>Backbone einfrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the backbone&apos;s weights fixed for the whole run: only the head trains.</source>
        <translation>Die Gewichte des Backbones bleiben den ganzen Lauf über fest: nur der Kopf lernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cache the features</source>
        <translation>Merkmale zwischenspeichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a frozen backbone and no augmentation, compute each image&apos;s features once and train the head on them: epochs take seconds.</source>
        <translation>Mit eingefrorenem Backbone und ohne Augmentierung werden die Merkmale jedes Bildes einmal berechnet und der Kopf darauf trainiert: Epochen dauern Sekunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimiser.</source>
        <translation>Optimierer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum.</source>
        <translation>SGD-Momentum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SGD with Nesterov momentum.</source>
        <translation>SGD mit Nesterov-Momentum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme (Weight Decay)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay (none on norm layers and biases).</source>
        <translation>Weight Decay (nicht für Normalisierungsschichten und Biases).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule after warmup.</source>
        <translation>Verlauf der Lernrate nach dem Warmup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warmup epochs</source>
        <translation>Warmup-Epochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear warmup length.</source>
        <translation>Dauer des linearen Warmups.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient clipping</source>
        <translation>Gradientenbegrenzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum gradient L2 norm, 0 = off.</source>
        <translation>Maximale L2-Norm des Gradienten, 0 = aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Early stopping</source>
        <translation>Early Stopping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop when validation F1 stops improving.</source>
        <translation>Training beenden, wenn sich der F1-Wert der Validierung nicht mehr verbessert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluations without improvement before early stopping.</source>
        <translation>Evaluierungen ohne Verbesserung bis zum Early Stopping.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation period</source>
        <translation>Evaluierungsintervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate every N epochs.</source>
        <translation>Alle N Epochen evaluieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class balancing</source>
        <translation>Klassenausgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter class imbalance with loss weights or a balanced sampler.</source>
        <translation>Klassenungleichgewicht durch Verlustgewichte oder einen ausgewogenen Sampler ausgleichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale jitter</source>
        <translation>Skalierungs-Jitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest-edge scale jitter and random crop (reference default).</source>
        <translation>Skalierungs-Jitter der kürzesten Kante und zufälliger Ausschnitt (Referenz-Standard).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Random resized crop</source>
        <translation>Zufälliger skalierter Ausschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random resized crop instead of scale jitter.</source>
        <translation>Zufälliger skalierter Ausschnitt statt Skalierungs-Jitter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horizontal flip</source>
        <translation>Horizontale Spiegelung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability of a horizontal flip.</source>
        <translation>Wahrscheinlichkeit einer horizontalen Spiegelung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Color jitter</source>
        <translation>Farb-Jitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour jitter strength, 0 = off.</source>
        <translation>Stärke des Farb-Jitters, 0 = aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixed precision (CUDA)</source>
        <translation>Mixed Precision (CUDA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed precision (fp16) on CUDA when the precision is automatic.</source>
        <translation>Gemischte Genauigkeit (fp16) auf CUDA, wenn die Genauigkeit automatisch ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;auto&quot;, &quot;cpu&quot;, &quot;cuda&quot; or &quot;cuda:N&quot;.</source>
        <translation>&quot;auto&quot;, &quot;cpu&quot;, &quot;cuda&quot; oder &quot;cuda:N&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decoding threads</source>
        <translation>Decodier-Threads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image decode threads, 0 = one per core.</source>
        <translation>Threads zum Decodieren der Bilder, 0 = einer pro Kern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed.</source>
        <translation>Startwert für den Zufallsgenerator.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_page.cpp" line="+209"/>
        <location filename="../engine/src/config/config_fields.cpp" line="-20"/>
        <source>What convolutions compute in: auto is bfloat16 on a CPU with native bfloat16, float16 on CUDA, else float32.</source>
        <translation>Worin Faltungen rechnen: automatisch ist bfloat16 auf einer CPU mit nativem bfloat16, float16 auf CUDA, sonst float32.</translation>
    </message>
</context>
<context>
    <name>DatasetNames</name>
    <message>
        <location filename="../gui/dataset/dataset_names.cpp" line="+8"/>
        <source>a folder per class</source>
        <translation>ein Ordner pro Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roboflow COCO export</source>
        <translation>Roboflow-COCO-Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COCO annotations</source>
        <translation>COCO-Annotationen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a dataset</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed JSON</source>
        <translation>fehlerhaftes JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid annotations</source>
        <translation>ungültige Annotationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing file</source>
        <translation>fehlende Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable image</source>
        <translation>unlesbares Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated image</source>
        <translation>unvollständiges Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image too large</source>
        <translation>Bild zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside the dataset</source>
        <translation>außerhalb des Datensatzes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown category</source>
        <translation>unbekannte Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder category</source>
        <translation>Platzhalter-Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crowd annotation</source>
        <translation>Crowd-Annotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unannotated image</source>
        <translation>Bild ohne Annotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty class</source>
        <translation>leere Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class missing from train</source>
        <translation>Klasse fehlt in den Trainingsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing split</source>
        <translation>fehlende Aufteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate image</source>
        <translation>doppeltes Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converted image</source>
        <translation>konvertiertes Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXIF rotation</source>
        <translation>EXIF-Drehung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored file</source>
        <translation>ignorierte Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>near-duplicate</source>
        <translation>Beinahe-Duplikat</translation>
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
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be used</source>
        <translation>Die Datei ist nicht verwendbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsafe file refused (nothing in it was run)</source>
        <translation>Unsichere Datei abgelehnt (nichts daraus wurde ausgeführt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format not supported</source>
        <translation>Format nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration has problems</source>
        <translation>Die Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights do not fit this network</source>
        <translation>Die Gewichte passen nicht zu diesem Netz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be written</source>
        <translation>Eine Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine stopped with an error</source>
        <translation>Die Engine wurde mit einem Fehler beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download did not complete</source>
        <translation>Der Download wurde nicht abgeschlossen</translation>
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
Schlüssel: %1 · Standard: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a weights file</source>
        <translation>Gewichtsdatei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.faicls);;All files (*)</source>
        <translation>Gewichte (*.pth *.pt *.faicls);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>224 or 224 x 320</source>
        <translation>224 oder 224 x 320</translation>
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
        <translation>Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dataset folder — or drop a folder onto this window</source>
        <translation>Datensatz-Ordner — oder einen Ordner auf dieses Fenster ziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No dataset open.</source>
        <translation>Kein Datensatz geöffnet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Split:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the dataset: %1</source>
        <translation>Der Datensatz konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bits</source>
        <translation> Bit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near-duplicates: pictures whose 64-bit perceptual hashes differ in at most this many bits are reported as copies (resized, re-encoded, brightened). 0-3 finds copies; from about 4, different photos of one subject start to pair up.</source>
        <translation>Beinahe-Duplikate: Bilder, deren 64-Bit-Wahrnehmungs-Hashes sich in höchstens so vielen Bits unterscheiden, werden als Kopien gemeldet (verkleinert, neu kodiert, aufgehellt). 0-3 findet Kopien; ab etwa 4 werden auch verschiedene Fotos desselben Motivs gepaart.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies within:</source>
        <translation>Kopien bis:</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Scanning %1…</source>
        <translation>%1 wird gescannt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a dataset folder</source>
        <translation>Datensatz-Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %n class(es) · </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n Klasse · </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n Klassen · </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) (train %1, valid %2, test %3)</source>
        <translation>
            <numerusform>%n Bild (Training %1, Validierung %2, Test %3)</numerusform>
            <numerusform>%n Bilder (Training %1, Validierung %2, Test %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · multi-label</source>
        <translation> · Multi-Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · single-label</source>
        <translation> · Single-Label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · no validation split on disk: one was drawn from train</source>
        <translation> · keine Validierungsaufteilung auf dem Datenträger: sie wurde aus den Trainingsdaten entnommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no validation split on disk, and the classes are too small to draw one</source>
        <translation> · kein Validierungs-Split auf der Festplatte, und die Klassen sind zu klein, um einen abzuzweigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 error(s), %2 warning(s): see Problems&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 Fehler, %2 Warnung(en): siehe Probleme&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Image sizes:&lt;/b&gt; %1 × %2 to %3 × %4 px</source>
        <translation>&lt;b&gt;Bildgrößen:&lt;/b&gt; %1 × %2 bis %3 × %4 px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; every class has about as many training images</source>
        <translation>&lt;b&gt;Ausgewogenheit:&lt;/b&gt; jede Klasse hat etwa gleich viele Trainingsbilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; the largest class has %1× the images of the smallest (train)%2</source>
        <translation>&lt;b&gt;Ausgewogenheit:&lt;/b&gt; Die größte Klasse hat %1× so viele Bilder wie die kleinste (Training)%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — consider class balancing (Model page, Training recipe)</source>
        <translation> — Klassenausgleich erwägen (Seite „Modell“, Trainingseinstellungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; a class has no training images</source>
        <translation>&lt;b&gt;Ausgewogenheit:&lt;/b&gt; Eine Klasse hat keine Trainingsbilder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; no identical files</source>
        <translation>&lt;b&gt;Duplikate:&lt;/b&gt; keine identischen Dateien</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; %n group(s) of identical files</source>
        <translation>
            <numerusform>&lt;b&gt;Duplikate:&lt;/b&gt; %n Gruppe identischer Dateien</numerusform>
            <numerusform>&lt;b&gt;Duplikate:&lt;/b&gt; %n Gruppen identischer Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n across splits (they inflate validation figures)</source>
        <translation>
            <numerusform>, davon %n aufteilungsübergreifend (schönt die Validierungswerte)</numerusform>
            <numerusform>, davon %n aufteilungsübergreifend (schönen die Validierungswerte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; none (pictures within %n bit(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Beinahe-Duplikate:&lt;/b&gt; keine (Bilder bis %n Bit)</numerusform>
            <numerusform>&lt;b&gt;Beinahe-Duplikate:&lt;/b&gt; keine (Bilder bis %n Bit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; %n group(s) of resized or re-encoded copies</source>
        <translation>
            <numerusform>&lt;b&gt;Beinahe-Duplikate:&lt;/b&gt; %n Gruppe verkleinerter oder neu kodierter Kopien</numerusform>
            <numerusform>&lt;b&gt;Beinahe-Duplikate:&lt;/b&gt; %n Gruppen verkleinerter oder neu kodierter Kopien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n across splits</source>
        <translation>
            <numerusform>, %n über Aufteilungen hinweg</numerusform>
            <numerusform>, %n über Aufteilungen hinweg</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Problems:&lt;/b&gt; %1 error(s), %2 warning(s) (Problems tab)</source>
        <translation>&lt;b&gt;Probleme:&lt;/b&gt; %1 Fehler, %2 Warnung(en) (Reiter „Probleme“)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>train images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>labels per image (train)</source>
        <translation>Labels pro Bild (Training)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::EvaluationPage</name>
    <message>
        <location filename="../gui/evaluation/evaluation_page.cpp" line="+103"/>
        <source>valid</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluate</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+177"/>
        <source>Evaluate a model on the open dataset.</source>
        <translation>Ein Modell auf dem geöffneten Datensatz evaluieren.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Decision threshold:</source>
        <translation>Entscheidungsschwellenwert:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positives</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best threshold</source>
        <translation>Bester Schwellenwert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% of the true class</source>
        <translation>% der wahren Klasse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>recall (%)</source>
        <translation>Recall (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision (%) — dots: the current threshold</source>
        <translation>Präzision (%) — Punkte: aktueller Schwellenwert</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Evaluation failed: %1</source>
        <translation>Evaluierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>float32 (the network)</source>
        <translation>float32 (das Netz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8 (the model&apos;s int8 variant)</source>
        <translation>int8 (die int8-Variante des Modells)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (emulated on this processor: slow)</source>
        <translation>bfloat16 (auf diesem Prozessor emuliert: langsam)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computed in:</source>
        <translation>Gerechnet in:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Most confident mistakes (double-click to open, with where the model looked)</source>
        <translation>Sicherste Fehler (Doppelklick öffnet, mit dem, wohin das Modell geschaut hat)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a dataset and choose a model first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz und wählen Sie ein Modell aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluating…</source>
        <translation>Evaluierung läuft…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2%)
true: %3</source>
        <translation>%1 (%2 %)
tatsächlich: %3</translation>
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
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · Präzision %2 · Recall %3 · %n Bild</numerusform>
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · Präzision %2 · Recall %3 · %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · micro-F1 %1 · mAP %2 · threshold %3 (best %4 gives F1 %5)</source>
        <translation> · Micro-F1 %1 · mAP %2 · Schwellenwert %3 (bester: %4 ergibt F1 %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · accuracy %1 · top-5 %2</source>
        <translation> · Genauigkeit %1 · Top-5 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>balanced accuracy %1 · weakest class: &lt;b&gt;%2&lt;/b&gt;, F1 %3, recall %4</source>
        <translation>balancierte Genauigkeit %1 · schwächste Klasse: &lt;b&gt;%2&lt;/b&gt;, F1 %3, Recall %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed in %1, as prediction computes it.</source>
        <translation>In %1 gerechnet, wie die Vorhersage rechnet.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class (row %)</source>
        <translation>tatsächliche Klasse (% je Zeile)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExplainedPicture</name>
    <message>
        <location filename="../gui/common/explained_picture.cpp" line="+70"/>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExportPage</name>
    <message>
        <location filename="../gui/export/export_page.cpp" line="+49"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ONNX — for ONNX Runtime, OpenCV, TensorRT</source>
        <translation>ONNX — für ONNX Runtime, OpenCV, TensorRT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript — for PyTorch and LibTorch</source>
        <translation>TorchScript — für PyTorch und LibTorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FocoosAI reference checkpoint (STDC and ResNet-d models)</source>
        <translation>FocoosAI-Referenz-Checkpoint (STDC- und ResNet-d-Modelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ONNX int8 (QDQ) — the model&apos;s int8 variant, for ONNX Runtime, TensorRT</source>
        <translation>ONNX int8 (QDQ) — die int8-Variante des Modells, für ONNX Runtime, TensorRT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export and verify</source>
        <translation>Exportieren und prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every export is loaded back right after it is written and compared with the model on a few images.</source>
        <translation>Jeder Export wird direkt nach dem Schreiben wieder geladen und auf einigen Bildern mit dem Modell verglichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faster prediction on the CPU: int8</source>
        <translation>Schnellere Vorhersage auf der CPU: int8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make int8 variant</source>
        <translation>int8-Variante erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the checkpoint</source>
        <translation>Ordner für den Checkpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calibrating on %1 of %2 pictures…</source>
        <translation>Kalibrierung mit %1 von %2 Bildern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring on %1 of %2 validation pictures…</source>
        <translation>Messung mit %1 von %2 Validierungsbildern…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;No int8 variant:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Keine int8-Variante:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2 % (float32 %3 %, %4 points); the same top class as float32 for %5 % of the validation pictures</source>
        <translation>%1 %2 % (float32 %3 %, %4 Punkte); dieselbe beste Klasse wie float32 bei %5 % der Validierungsbilder</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;This model has an int8 variant&lt;/b&gt;: %1. Prediction on the CPU uses it.</source>
        <translation>&lt;b&gt;Dieses Modell hat eine int8-Variante&lt;/b&gt;: %1. Die Vorhersage auf der CPU verwendet sie.</translation>
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
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the dataset the model was trained on first: the int8 variant is calibrated and measured on its pictures.</source>
        <translation>Öffnen Sie zuerst den Datensatz, mit dem das Modell trainiert wurde: Die int8-Variante wird mit seinen Bildern kalibriert und gemessen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibrating…</source>
        <translation>Kalibrierung…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b style=&apos;color:#1e8449&apos;&gt;Exported and verified.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1e8449&apos;&gt;Exportiert und geprüft.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Exported, but the check failed: the file does not reproduce the model.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Exportiert, aber die Prüfung ist fehlgeschlagen: Die Datei reproduziert das Modell nicht.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Files: %1&lt;br&gt;Check: %2 on %3 images, largest logit difference %4 (limit %5).</source>
        <translation>&lt;br&gt;Dateien: %1&lt;br&gt;Prüfung: %2 mit %3 Bildern, größte Logit-Abweichung %4 (Grenze %5).</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Export fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An int8 variant computes in 8-bit integers: on the CPU it predicts up to about twice as fast. It is calibrated on pictures of the open dataset&apos;s training split and measured against the model on its validation split; you see what it costs and gains before you keep it.</source>
        <translation>Eine int8-Variante rechnet mit 8-Bit-Ganzzahlen: Auf der CPU sagt sie bis zu etwa doppelt so schnell vorher. Sie wird mit Bildern aus dem Trainingsteil des geöffneten Datensatzes kalibriert und auf seinem Validierungsteil mit dem Modell verglichen; Sie sehen, was sie kostet und bringt, bevor Sie sie behalten.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;int8 variant measured&lt;/b&gt; on %1 validation pictures (calibrated on %2): %3; %4 times the float32 speed on this computer. Keep it to predict with it on the CPU; the model itself stays as it is.</source>
        <translation>&lt;b&gt;int8-Variante gemessen&lt;/b&gt; mit %1 Validierungsbildern (kalibriert mit %2): %3; %4-mal so schnell wie float32 auf diesem Computer. Behalten Sie sie, um auf der CPU damit vorherzusagen; das Modell selbst bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model and a destination first.</source>
        <translation>Wählen Sie zuerst ein Modell und ein Ziel aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting and checking…</source>
        <translation>Export und Prüfung laufen…</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImagePreview</name>
    <message>
        <location filename="../gui/dataset/image_preview.cpp" line="+19"/>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no label</source>
        <translation>kein Label</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an image to see it here</source>
        <translation>Wählen Sie ein Bild aus, um es hier anzuzeigen</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImageViewer</name>
    <message>
        <location filename="../gui/common/image_viewer.cpp" line="+35"/>
        <source>Show where the model looked</source>
        <translation>Zeigen, wohin das Modell geschaut hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heat map: %1</source>
        <translation>Keine Heatmap: %1</translation>
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
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Demo dataset ready.</source>
        <translation>Demo-Datensatz bereit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;dataset…</source>
        <translation>Daten&amp;satz öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;run folder…</source>
        <translation>&amp;Lauf-Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent datasets</source>
        <translation>Zuletzt geöffnete Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent models</source>
        <translation>Zuletzt geöffnete Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausieren / Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save project</source>
        <translation>Projekt spe&amp;ichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Train image classifiers (FAI-CLS: a ResNet, STDC or EfficientNet backbone with an MLP head) on your own pictures, evaluate them, predict and export — offline, on the CPU or a CUDA GPU.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %3 · Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Trainieren Sie Bildklassifikatoren (FAI-CLS: ein ResNet-, STDC- oder EfficientNet-Backbone mit MLP-Kopf) mit Ihren eigenen Bildern, evaluieren Sie sie, treffen Sie Vorhersagen und exportieren Sie sie — offline, auf der CPU oder einer CUDA-GPU.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %3 · Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the built-in catalogue only</source>
        <translation>keiner: nur der eingebaute Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by the environment variable %1</source>
        <translation>Durch die Umgebungsvariable %1 festgelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra weights catalogue</source>
        <translation>Zusätzlicher Gewichtskatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra weights catalogue:</source>
        <translation>Zusätzlicher Gewichtskatalog:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A folder for the new project (an empty one, or one to create)</source>
        <translation>Ordner für das neue Projekt (ein leerer oder ein neu anzulegender)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project folder</source>
        <translation>Projekt-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no project.json: not a project folder. To start one there, use File &gt; New project.</source>
        <translation>In %1 fehlt project.json: Dies ist kein Projekt-Ordner. Um dort ein Projekt anzulegen, verwenden Sie Datei &gt; Neues Projekt.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a dataset folder</source>
        <translation>Datensatz-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>FAI-CLS-Modelle (*.faicls)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a run folder</source>
        <translation>Lauf-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no metrics.jsonl: not a training run folder.</source>
        <translation>In %1 fehlt metrics.jsonl: Dies ist kein Lauf-Ordner eines Trainings.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the demo dataset…</source>
        <translation>Demo-Datensatz wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training paused</source>
        <translation>Training pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training and quit? The last finished epoch&apos;s checkpoint is kept and the run can be continued later.</source>
        <translation>Training stoppen und Programm beenden? Der Checkpoint der letzten abgeschlossenen Epoche bleibt erhalten, und der Lauf kann später fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPage</name>
    <message>
        <location filename="../gui/config/model_page.cpp" line="+79"/>
        <source>Backbone learning rate × %1.</source>
        <translation>Backbone-Lernrate × %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backbone learning rate × %1 (automatic: %2).</source>
        <translation>Backbone-Lernrate × %1 (automatisch: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from scratch</source>
        <translation>ohne Vortraining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained weights</source>
        <translation>vortrainierte Gewichte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a preset…</source>
        <translation>Voreinstellung auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, ImageNet-pretrained (recommended for photos)</source>
        <translation>ResNet-18, auf ImageNet vortrainiert (empfohlen für Fotos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, ImageNet-pretrained (more accurate, slower)</source>
        <translation>ResNet-50, auf ImageNet vortrainiert (genauer, langsamer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, ImageNet-pretrained</source>
        <translation>EfficientNet-B0, auf ImageNet vortrainiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MobileNetV2, ImageNet-pretrained (small and fast)</source>
        <translation>MobileNetV2, auf ImageNet vortrainiert (klein und schnell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS n — STDC nano, res4, from scratch (smallest, fastest)</source>
        <translation>FAI-CLS n — STDC nano, res4, ohne Vortraining (am kleinsten, am schnellsten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS s — STDC small, res4, from scratch</source>
        <translation>FAI-CLS s — STDC small, res4, ohne Vortraining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS m — STDC small, res5, from scratch</source>
        <translation>FAI-CLS m — STDC small, res5, ohne Vortraining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, from scratch</source>
        <translation>ResNet-18, ohne Vortraining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, from scratch</source>
        <translation>ResNet-50, ohne Vortraining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, from scratch</source>
        <translation>EfficientNet-B0, ohne Vortraining</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A training is running with the settings it started with: changes made here apply to the next run.</source>
        <translation>Ein Training läuft mit den Einstellungen, mit denen es gestartet wurde: Änderungen hier gelten für den nächsten Lauf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose weights file…</source>
        <translation>Gewichtsdatei wählen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training recipe</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load a configuration</source>
        <translation>Konfiguration laden</translation>
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
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose pretrained weights</source>
        <translation>Vortrainierte Gewichte wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>Gewichte (*.pth *.pt *.tar *.faicls);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Weights: random (from scratch). With few photos, an ImageNet-pretrained preset learns far more.</source>
        <translation>Gewichte: zufällig (ohne Vortraining). Mit wenigen Fotos lernt eine auf ImageNet vortrainierte Vorlage weit mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: the file %1.</source>
        <translation>Gewichte: die Datei %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weights: the weights catalogue cannot be read.</source>
        <translation>Gewichte: Der Gewichtskatalog kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights: %1 is not in the weights catalogue.</source>
        <translation>Gewichte: %1 steht nicht im Gewichtskatalog.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: %1 — %2, licence %3</source>
        <translation>Gewichte: %1 — %2, Lizenz %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, ImageNet top-1 %1 %</source>
        <translation>, ImageNet Top-1 %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. On this computer: %1</source>
        <translation>. Auf diesem Computer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Not downloaded yet.</source>
        <translation>. Noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Not downloaded yet (%1).</source>
        <translation>. Noch nicht heruntergeladen (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has problems:
%2</source>
        <translation>%1 weist Probleme auf:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by the size</source>
        <translation>Durch die Größe festgelegt</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Ready: %1, features %2 (%3 channels), %n-layer head.</source>
        <translation>
            <numerusform>Bereit: %1, Features %2 (%3 Kanäle), Kopf mit %n Schicht.</numerusform>
            <numerusform>Bereit: %1, Features %2 (%3 Kanäle), Kopf mit %n Schichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) in the configuration: see the fields marked in red.</source>
        <translation>
            <numerusform>%n Problem in der Konfiguration: siehe die rot markierten Felder.</numerusform>
            <numerusform>%n Probleme in der Konfiguration: siehe die rot markierten Felder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPicker</name>
    <message>
        <location filename="../gui/common/model_picker.cpp" line="+16"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a model</source>
        <translation>Modell auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>FAI-CLS-Modelle (*.faicls)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::PredictionPage</name>
    <message>
        <location filename="../gui/prediction/prediction_page.cpp" line="+56"/>
        <source>no class above the threshold</source>
        <translation>keine Klasse über dem Schwellenwert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A trained model (.faicls)</source>
        <translation>Ein trainiertes Modell (.faicls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model&apos;s threshold</source>
        <translation>Schwellenwert des Modells</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where the model looked</source>
        <translation>Zeigen, wohin das Modell geschaut hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A heat map (Grad-CAM) over the picture: red where the picture speaks most for the best class, blue where not at all</source>
        <translation>Eine Heatmap (Grad-CAM) über dem Bild: rot, wo das Bild am stärksten für die beste Klasse spricht, blau, wo gar nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add images…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict a folder…</source>
        <translation>Ordner klassifizieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
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
            <numerusform>%n Vorhersage in %1 gespeichert</numerusform>
            <numerusform>%n Vorhersagen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No heat map: %1</source>
        <translation>Keine Heatmap: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>%n file(s) could not be read (shown in red).</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden (rot markiert).</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden (rot markiert).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Drop pictures or folders here, or paste a picture (Ctrl+V).</source>
        <translation>Bilder oder Ordner hierher ziehen oder ein Bild einfügen (Strg+V).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Pictures to classify</source>
        <translation>Zu klassifizierende Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of pictures</source>
        <translation>Ordner mit Bildern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the predictions</source>
        <translation>Vorhersagen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Choose a model first (a .faicls file).</source>
        <translation>Wählen Sie zuerst ein Modell aus (eine .faicls-Datei).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to paste: copy a picture, or image files, to the clipboard first.</source>
        <translation>Nichts einzufügen: Kopieren Sie zuerst ein Bild oder Bilddateien in die Zwischenablage.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No pictures found in %1</source>
        <translation>Keine Bilder in %1 gefunden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Predicted with the model&apos;s int8 variant.</source>
        <translation>Mit der int8-Variante des Modells vorhergesagt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted in bfloat16.</source>
        <translation>In bfloat16 vorhergesagt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 could not be read:
%2</source>
        <translation>%1 konnte nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>score (%)</source>
        <translation>Score (%)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ProjectController</name>
    <message>
        <location filename="../gui/app/project_controller.cpp" line="+92"/>
        <source>The project&apos;s model could not be opened: %1</source>
        <translation>Das Modell des Projekts konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 opened.</source>
        <translation>Projekt %1 geöffnet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Project %1 created.</source>
        <translation>Projekt %1 angelegt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The dataset&apos;s classes changed since the project was saved (new: %1; gone: %2). Runs trained before predict the old classes.</source>
        <translation>Die Klassen des Datensatzes haben sich seit dem Speichern des Projekts geändert (neu: %1; entfallen: %2). Zuvor trainierte Läufe sagen die alten Klassen vorher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ReviewPage</name>
    <message>
        <location filename="../gui/review/review_page.cpp" line="+36"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Validation and test pictures (the model&apos;s scores)</source>
        <translation>Validierungs- und Testbilder (Bewertungen des Modells)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pictures (short trainings, cross-validated)</source>
        <translation>Trainingsbilder (kurze Trainings, kreuzvalidiert)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folds:</source>
        <translation>Teilmengen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs each:</source>
        <translation>Epochen je:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find likely label errors</source>
        <translation>Wahrscheinliche Beschriftungsfehler finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the pictures whose labels are likely wrong, and the copies the scan found; fix them with one key.</source>
        <translation>Finden Sie die Bilder mit wahrscheinlich falscher Beschriftung und die Kopien, die der Scan gefunden hat; korrigieren Sie sie mit einer Taste.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+263"/>
        <location line="+18"/>
        <source>Likely label errors (%1)</source>
        <translation>Wahrscheinliche Beschriftungsfehler (%1)</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+281"/>
        <source>Copies (%1)</source>
        <translation>Kopien (%1)</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Show where the model looked</source>
        <translation>Zeigen, wohin das Modell geschaut hat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No heat map: %1</source>
        <translation>Keine Heatmap: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accept the suggestion (A)</source>
        <translation>Vorschlag übernehmen (A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relabel (1–9)</source>
        <translation>Neu beschriften (1–9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude (X)</source>
        <translation>Ausschließen (X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To train (T)</source>
        <translation>Nach train (T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To valid (V)</source>
        <translation>Nach valid (V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To test (E)</source>
        <translation>Nach test (E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply the edits to the dataset…</source>
        <translation>Änderungen auf den Datensatz anwenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last apply</source>
        <translation>Letztes Anwenden rückgängig machen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applied: %1 relabelled, %2 excluded, %3 moved. The dataset as it was is kept in %4.</source>
        <translation>Angewendet: %1 neu beschriftet, %2 ausgeschlossen, %3 verschoben. Der vorherige Datensatz liegt in %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded pictures are in %1.</source>
        <translation>Ausgeschlossene Bilder liegen in %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset is back as it was before the last apply.</source>
        <translation>Der Datensatz ist wieder wie vor dem letzten Anwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dataset was not changed: %1</source>
        <translation>Der Datensatz wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open a dataset first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Model page&apos;s settings have problems: fix them first (the trainings of the cross-validation follow them).</source>
        <translation>Die Einstellungen der Seite Modell haben Probleme: beheben Sie diese zuerst (die Trainings der Kreuzvalidierung folgen ihnen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A training is running: wait for it or stop it first.</source>
        <translation>Ein Training läuft: warten Sie darauf oder stoppen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a trained model first.</source>
        <translation>Wählen Sie zuerst ein trainiertes Modell.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training %1 models, each on all folds but one…</source>
        <translation>%1 Modelle werden trainiert, jedes auf allen Teilmengen außer einer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring the validation and test pictures…</source>
        <translation>Validierungs- und Testbilder werden bewertet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review: %1</source>
        <translation>Keine Prüfung: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 pictures are likely labelled wrongly (confident learning%3).</source>
        <translation>%1 von %2 Bildern sind wahrscheinlich falsch beschriftet (Confident Learning%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, scores of models trained without them</source>
        <translation>, Bewertungen von Modellen, die ohne sie trainiert wurden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 Edits made now are not saved over it.</source>
        <translation>%1 Jetzt vorgenommene Änderungen werden nicht darüber gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kept in %1</source>
        <translation>gespeichert in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not kept after the app closes: open or create a project for that</source>
        <translation>nach dem Schließen der App nicht erhalten: öffnen oder erstellen Sie dafür ein Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No edits waiting.</source>
        <translation>Keine ausstehenden Änderungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n edit(s) waiting, %1.</source>
        <translation>
            <numerusform>%n Änderung ausstehend, %1.</numerusform>
            <numerusform>%n Änderungen ausstehend, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy group %1 (same bytes)</source>
        <translation>Kopiegruppe %1 (gleiche Bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy group %1 (distance %2)</source>
        <translation>Kopiegruppe %1 (Abstand %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelled %1, looks like %2 (%3%)</source>
        <translation>Beschriftet als %1, sieht aus wie %2 (%3%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels %1: missing %2</source>
        <translation>Beschriftungen %1: fehlt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: wrong %2</source>
        <translation>Beschriftungen %1: falsch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: missing %2, wrong %3</source>
        <translation>Beschriftungen %1: fehlt %2, falsch %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No likely label errors to show: find them with a model.</source>
        <translation>Keine wahrscheinlichen Beschriftungsfehler: finden Sie sie mit einem Modell.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Split: %1 · labels: %2</source>
        <translation>Aufteilung: %1 · Beschriftungen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model says %1 (%2%).</source>
        <translation>Das Modell sagt %1 (%2%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model misses %1.</source>
        <translation>Das Modell vermisst %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model doubts %1.</source>
        <translation>Das Modell bezweifelt %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model misses %1 and doubts %2.</source>
        <translation>Das Modell vermisst %1 und bezweifelt %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heat map shows where it sees %1.</source>
        <translation>Die Heatmap zeigt, wo es %1 sieht.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Apply the edits</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Write %n edit(s) into the dataset at %1? The dataset as it is now is kept beside it, and &quot;Undo the last apply&quot; puts it back.</source>
        <translation>
            <numerusform>%n Änderung in den Datensatz unter %1 schreiben? Der jetzige Datensatz wird daneben aufbewahrt, und „Letztes Anwenden rückgängig machen“ stellt ihn wieder her.</numerusform>
            <numerusform>%n Änderungen in den Datensatz unter %1 schreiben? Der jetzige Datensatz wird daneben aufbewahrt, und „Letztes Anwenden rückgängig machen“ stellt ihn wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Applying %n edit(s)…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet…</numerusform>
            <numerusform>%n Änderungen werden angewendet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::RunsTable</name>
    <message>
        <location filename="../gui/training/runs_table.cpp" line="+29"/>
        <source>training now</source>
        <translation>trainiert gerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted: can be continued</source>
        <translation>unterbrochen: kann fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: can be continued</source>
        <translation>fehlgeschlagen: kann fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select runs to draw their curves over the charts (Ctrl-click for several).</source>
        <translation>Läufe auswählen, um ihre Kurven in die Diagramme einzuzeichnen (Strg-Klick für mehrere).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this run&apos;s curves and make its best model the current one</source>
        <translation>Die Kurven dieses Laufs anzeigen und sein bestes Modell zum aktuellen machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best F1</source>
        <translation>Bester F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1, pretrained</source>
        <translation>%1, vortrainiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from random weights</source>
        <translation>mit Zufallsgewichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>ausgehend von %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename the run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>faicls::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+28"/>
        <source>Train image classifiers on your own pictures, watch them learn, and use them — all on this computer.</source>
        <translation>Trainieren Sie Bildklassifikatoren mit Ihren eigenen Bildern, sehen Sie ihnen beim Lernen zu und setzen Sie sie ein — alles auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder that keeps a dataset&apos;s trainings, their models and settings together, to come back to.</source>
        <translation>Ein Ordner, der die Trainings eines Datensatzes samt Modellen und Einstellungen zusammenhält, um später daran weiterzuarbeiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue where you left off.</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a dataset…</source>
        <translation>Datensatz öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with one sub-folder per class, or a Roboflow / COCO export.</source>
        <translation>Ein Ordner mit einem Unterordner pro Klasse oder ein Roboflow- / COCO-Export.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a model…</source>
        <translation>Modell öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trained model (.faicls) to predict with, evaluate or export.</source>
        <translation>Ein trainiertes Modell (.faicls) für Vorhersagen, Evaluierung oder Export.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fashion-MNIST pictures of clothes in ten classes, ready to train in a minute.</source>
        <translation>Fashion-MNIST: Kleidungsbilder in zehn Klassen, in einer Minute bereit zum Training.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent datasets</source>
        <translation>Zuletzt geöffnete Datensätze</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
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
        <translation>kein Label</translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingCharts</name>
    <message>
        <location filename="../gui/training/training_charts.cpp" line="+66"/>
        <location line="+4"/>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss (smoothed)</source>
        <translation>Trainingsverlust (geglättet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss per epoch</source>
        <translation>Trainingsverlust pro Epoche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate (head)</source>
        <translation>Lernrate (Kopf)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (smoothed loss)</source>
        <translation>%1 (geglätteter Verlust)</translation>
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
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run folder:</source>
        <translation>Lauf-Ordner:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a run…</source>
        <translation>Lauf fortsetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save charts…</source>
        <translation>Diagramme speichern…</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Not training.</source>
        <translation>Kein Training aktiv.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Run folder</source>
        <translation>Lauf-Ordner</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Continue which run?</source>
        <translation>Welchen Lauf fortsetzen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Training could not run: %1</source>
        <translation>Training konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training could not run.</source>
        <translation>Training konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Continue it</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open a dataset first (Dataset page).</source>
        <translation>Öffnen Sie zuerst einen Datensatz (Seite „Datensatz“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration has problems: see the Model page.</source>
        <translation>Die Konfiguration weist Probleme auf: siehe Seite „Modell“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This dataset cannot be trained on yet:
%1</source>
        <translation>Mit diesem Datensatz kann noch nicht trainiert werden:
%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training on %1, run folder %2</source>
        <translation>Training auf %1, Lauf-Ordner %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none open (Dataset page)</source>
        <translation>keiner geöffnet (Seite Datensatz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 training, %3 validation images</source>
        <translation>%1 · %2 Trainings-, %3 Validierungsbilder</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was trained on %2, which is no longer there, and the open dataset has other classes: open the run&apos;s dataset (moved?) to continue it.</source>
        <translation>%1 wurde auf %2 trainiert, das es nicht mehr gibt, und der geöffnete Datensatz hat andere Klassen: Öffnen Sie den Datensatz des Laufs (verschoben?), um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run&apos;s dataset %1 is no longer there: continuing on the open one, %2.</source>
        <translation>Der Datensatz %1 des Laufs ist nicht mehr vorhanden: Fortsetzung auf dem geöffneten, %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuing %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run %1 stopped after epoch %2 of %3. Continue it where it stopped?</source>
        <translation>Der Lauf %1 wurde nach Epoche %2 von %3 gestoppt. Dort fortsetzen, wo er gestoppt wurde?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Batch gestoppt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (in use)</source>
        <translation>%1 (in Gebrauch)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Epoch %1 of %2 · loss %3 · %4 images/s · %5 left</source>
        <translation>Epoche %1 von %2 · Verlust %3 · %4 Bilder/s · noch %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epoch %1: training loss %2, validation loss %3, F1 %4, precision %5, recall %6%7%8</source>
        <translation>Epoche %1: Trainingsverlust %2, Validierungsverlust %3, F1 %4, Präzision %5, Recall %6%7%8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, accuracy %1</source>
        <translation>, Genauigkeit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — best so far, saved</source>
        <translation> — bisher bestes Ergebnis, gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1: training loss %2</source>
        <translation>Epoche %1: Trainingsverlust %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %n epoch(s); the last checkpoint is kept and the run can be continued.</source>
        <translation>
            <numerusform>Nach %n Epoche gestoppt; der letzte Checkpoint bleibt erhalten, und der Lauf kann fortgesetzt werden.</numerusform>
            <numerusform>Nach %n Epochen gestoppt; der letzte Checkpoint bleibt erhalten, und der Lauf kann fortgesetzt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished early (no better F1 for a while) after %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>Nach %n Epoche vorzeitig beendet (F1 seit einiger Zeit nicht verbessert). Bester F1: %1.</numerusform>
            <numerusform>Nach %n Epochen vorzeitig beendet (F1 seit einiger Zeit nicht verbessert). Bester F1: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>%n Epoche abgeschlossen. Bester F1: %1.</numerusform>
            <numerusform>%n Epochen abgeschlossen. Bester F1: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::WeightsDownloadDialog</name>
    <message>
        <location filename="../gui/config/weights_download_dialog.cpp" line="+19"/>
        <source>Downloading pretrained weights</source>
        <translation>Vortrainierte Gewichte werden heruntergeladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)
from %3</source>
        <translation>%1 (%2)
von %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling… (what came is kept; the next download resumes it)</source>
        <translation>Wird abgebrochen… (Empfangenes bleibt erhalten; der nächste Download setzt fort)</translation>
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
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pretrained weights needed</source>
        <translation>Vortrainierte Gewichte benötigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network starts from the pretrained weights %1 (%2, %3), which are not on this computer yet.

Download them now (%4), or choose a weights file you have?</source>
        <translation>Dieses Netz beginnt mit den vortrainierten Gewichten %1 (%2, %3), die noch nicht auf diesem Computer sind.

Jetzt herunterladen (%4) oder eine vorhandene Gewichtsdatei wählen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose pretrained weights</source>
        <translation>Vortrainierte Gewichte wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>Gewichte (*.pth *.pt *.tar *.faicls);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>

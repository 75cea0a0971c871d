<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../engine/src/config/config_fields.cpp" line="+44"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes; set from the dataset.</source>
        <translation>Número de clases; se toma del conjunto de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backbone</source>
        <translation>Red troncal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature extractor family.</source>
        <translation>Familia del extractor de características.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet depth.</source>
        <translation>Profundidad de ResNet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet: &quot;b&quot; (torchvision layout) or &quot;d&quot; (reference checkpoints). EfficientNet: &quot;b0&quot; to &quot;b3&quot;.</source>
        <translation>ResNet: &quot;b&quot; (estructura de torchvision) o &quot;d&quot; (puntos de control de referencia). EfficientNet: de &quot;b0&quot; a &quot;b3&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC size preset; empty uses base and layers.</source>
        <translation>Preajuste de tamaño de STDC; si se deja vacío, se usan el ancho base y las capas por etapa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base width</source>
        <translation>Ancho base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC base width, used when no size preset is set.</source>
        <translation>Ancho base de STDC; se usa cuando no hay ningún preajuste de tamaño.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage layers</source>
        <translation>Capas por etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC blocks per stage, used when no size preset is set.</source>
        <translation>Bloques de STDC por etapa; se usan cuando no hay ningún preajuste de tamaño.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block type</source>
        <translation>Tipo de bloque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC block: concatenation (reference default) or addition.</source>
        <translation>Bloque de STDC: concatenación (valor predeterminado de referencia) o suma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pretrained weights</source>
        <translation>Pesos preentrenados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weights catalogue name (such as resnet18-imagenet), a weights file (.pth), or empty to start from random weights.</source>
        <translation>Un nombre del catálogo de pesos (como resnet18-imagenet), un archivo de pesos (.pth) o vacío para empezar con pesos aleatorios.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input side in pixels, or [height, width].</source>
        <translation>Lado de la imagen de entrada en píxeles, o [alto, ancho].</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pixel mean</source>
        <translation>Media de píxeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel mean subtracted from RGB pixels (0..255).</source>
        <translation>Media por canal que se resta a los píxeles RGB (0..255).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pixel std</source>
        <translation>Desv. estándar de píxeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel divisor of RGB pixels (0..255).</source>
        <translation>Divisor por canal de los píxeles RGB (0..255).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden width</source>
        <translation>Ancho de capa oculta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden width of the two-layer head.</source>
        <translation>Ancho de la capa oculta del cabezal de dos capas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout probability in the head.</source>
        <translation>Probabilidad de dropout en el cabezal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature level</source>
        <translation>Nivel de características</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone level fed to the head.</source>
        <translation>Nivel de la red troncal que alimenta al cabezal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head layers</source>
        <translation>Capas del cabezal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head depth: 1 (linear) or 2 (hidden layer, ReLU, dropout).</source>
        <translation>Profundidad del cabezal: 1 (lineal) o 2 (capa oculta, ReLU, dropout).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focal loss</source>
        <translation>Pérdida focal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss instead of cross-entropy / BCE (for imbalanced data).</source>
        <translation>Pérdida focal en lugar de entropía cruzada / BCE (para datos desequilibrados).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focal alpha</source>
        <translation>Alfa focal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss alpha.</source>
        <translation>Alfa de la pérdida focal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focal gamma</source>
        <translation>Gamma focal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss gamma.</source>
        <translation>Gamma de la pérdida focal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label smoothing</source>
        <translation>Suavizado de etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label smoothing of the targets.</source>
        <translation>Suavizado de las etiquetas objetivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-label</source>
        <translation>Multietiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several labels per image: sigmoid + BCE instead of softmax + cross-entropy.</source>
        <translation>Varias etiquetas por imagen: sigmoide + BCE en lugar de softmax + entropía cruzada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positive weight</source>
        <translation>Peso de positivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of positive labels in BCE (multi-label).</source>
        <translation>Peso de las etiquetas positivas en BCE (multietiqueta).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes over the training split.</source>
        <translation>Pasadas sobre la partición de entrenamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per step.</source>
        <translation>Imágenes por paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head learning rate.</source>
        <translation>Tasa de aprendizaje del cabezal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backbone learning-rate factor</source>
        <translation>Factor de tasa de aprendizaje de la red troncal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone learning rate = learning rate x this. Automatic: 0.1 with pretrained weights, 1.0 without.</source>
        <translation>Tasa de aprendizaje de la red troncal = tasa de aprendizaje x este valor. Automático: 0,1 con pesos preentrenados, 1,0 sin ellos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Train the head first (epochs)</source>
        <translation>Entrenar primero la cabeza (épocas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the first N epochs the backbone stays fixed and only the head trains; then the whole network does.</source>
        <translation>Durante las primeras N épocas el backbone queda fijo y solo se entrena la cabeza; después, toda la red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freeze the backbone</source>
        <translation>Congelar el backbone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the backbone&apos;s weights fixed for the whole run: only the head trains.</source>
        <translation>Mantiene fijos los pesos del backbone durante todo el entrenamiento: solo se entrena la cabeza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cache the features</source>
        <translation>Guardar las características en caché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a frozen backbone and no augmentation, compute each image&apos;s features once and train the head on them: epochs take seconds.</source>
        <translation>Con el backbone congelado y sin aumento de datos, calcula una vez las características de cada imagen y entrena la cabeza con ellas: cada época tarda segundos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimiser.</source>
        <translation>Optimizador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum.</source>
        <translation>Momento de SGD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SGD with Nesterov momentum.</source>
        <translation>SGD con momento de Nesterov.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay (none on norm layers and biases).</source>
        <translation>Decaimiento de pesos (no se aplica a las capas de normalización ni a los sesgos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule after warmup.</source>
        <translation>Programación de la tasa de aprendizaje después del calentamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warmup epochs</source>
        <translation>Épocas de calentamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear warmup length.</source>
        <translation>Duración del calentamiento lineal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient clipping</source>
        <translation>Recorte de gradientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum gradient L2 norm, 0 = off.</source>
        <translation>Norma L2 máxima del gradiente; 0 = sin recorte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop when validation F1 stops improving.</source>
        <translation>Detener cuando el F1 de validación deje de mejorar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluations without improvement before early stopping.</source>
        <translation>Evaluaciones sin mejora antes de la parada temprana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation period</source>
        <translation>Periodo de evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate every N epochs.</source>
        <translation>Evaluar cada N épocas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class balancing</source>
        <translation>Equilibrado de clases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter class imbalance with loss weights or a balanced sampler.</source>
        <translation>Compensar el desequilibrio de clases con pesos en la pérdida o un muestreador equilibrado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale jitter</source>
        <translation>Variación de escala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest-edge scale jitter and random crop (reference default).</source>
        <translation>Variación aleatoria de escala según el lado más corto y recorte aleatorio (valor predeterminado de referencia).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Random resized crop</source>
        <translation>Recorte aleatorio redimensionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random resized crop instead of scale jitter.</source>
        <translation>Recorte aleatorio redimensionado en lugar de variación de escala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horizontal flip</source>
        <translation>Volteo horizontal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability of a horizontal flip.</source>
        <translation>Probabilidad de volteo horizontal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Color jitter</source>
        <translation>Variación de color</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour jitter strength, 0 = off.</source>
        <translation>Intensidad de la variación de color; 0 = sin variación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixed precision (CUDA)</source>
        <translation>Precisión mixta (CUDA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed precision (fp16) on CUDA when the precision is automatic.</source>
        <translation>Precisión mixta (fp16) en CUDA cuando la precisión es automática.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precision</source>
        <translation>Precisión</translation>
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
        <translation>Hilos de decodificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image decode threads, 0 = one per core.</source>
        <translation>Hilos de decodificación de imágenes; 0 = uno por núcleo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_page.cpp" line="+209"/>
        <location filename="../engine/src/config/config_fields.cpp" line="-20"/>
        <source>What convolutions compute in: auto is bfloat16 on a CPU with native bfloat16, float16 on CUDA, else float32.</source>
        <translation>En qué calculan las convoluciones: automático es bfloat16 en una CPU con bfloat16 nativo, float16 en CUDA y, si no, float32.</translation>
    </message>
</context>
<context>
    <name>DatasetNames</name>
    <message>
        <location filename="../gui/dataset/dataset_names.cpp" line="+8"/>
        <source>a folder per class</source>
        <translation>una carpeta por clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roboflow COCO export</source>
        <translation>exportación COCO de Roboflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COCO annotations</source>
        <translation>anotaciones COCO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a dataset</source>
        <translation>no es un conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed JSON</source>
        <translation>JSON mal formado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid annotations</source>
        <translation>anotaciones no válidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing file</source>
        <translation>archivo ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable image</source>
        <translation>imagen ilegible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated image</source>
        <translation>imagen truncada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image too large</source>
        <translation>imagen demasiado grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside the dataset</source>
        <translation>fuera del conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown category</source>
        <translation>categoría desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder category</source>
        <translation>categoría de marcador de posición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crowd annotation</source>
        <translation>anotación crowd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unannotated image</source>
        <translation>imagen sin anotar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty class</source>
        <translation>clase vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class missing from train</source>
        <translation>clase ausente en train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing split</source>
        <translation>partición ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate image</source>
        <translation>imagen duplicada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converted image</source>
        <translation>imagen convertida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXIF rotation</source>
        <translation>rotación EXIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored file</source>
        <translation>archivo ignorado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>near-duplicate</source>
        <translation>casi duplicado</translation>
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
        <translation>Archivo no encontrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be used</source>
        <translation>El archivo no se puede usar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsafe file refused (nothing in it was run)</source>
        <translation>Archivo inseguro rechazado (no se ejecutó nada de él)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format not supported</source>
        <translation>Formato no compatible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration has problems</source>
        <translation>La configuración tiene problemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights do not fit this network</source>
        <translation>Los pesos no corresponden a esta red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be written</source>
        <translation>No se pudo escribir un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine stopped with an error</source>
        <translation>El motor se detuvo con un error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download did not complete</source>
        <translation>La descarga no se completó</translation>
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
Clave: %1 · valor predeterminado: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a weights file</source>
        <translation>Elegir un archivo de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.faicls);;All files (*)</source>
        <translation>Pesos (*.pth *.pt *.faicls);;Todos los archivos (*)</translation>
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
        <translation>error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dataset folder — or drop a folder onto this window</source>
        <translation>Carpeta del conjunto de datos — o arrastre una carpeta a esta ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No dataset open.</source>
        <translation>No hay ningún conjunto de datos abierto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Split:</source>
        <translation>Partición:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the dataset: %1</source>
        <translation>No se pudo abrir el conjunto de datos: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bits</source>
        <translation> bits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near-duplicates: pictures whose 64-bit perceptual hashes differ in at most this many bits are reported as copies (resized, re-encoded, brightened). 0-3 finds copies; from about 4, different photos of one subject start to pair up.</source>
        <translation>Casi duplicados: las imágenes cuyos hashes perceptuales de 64 bits difieren en como mucho este número de bits se informan como copias (redimensionadas, recodificadas, aclaradas). 0-3 encuentra copias; a partir de 4, empiezan a emparejarse fotos distintas de un mismo motivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies within:</source>
        <translation>Copias hasta:</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Scanning %1…</source>
        <translation>Analizando %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a dataset folder</source>
        <translation>Abrir una carpeta de conjunto de datos</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %n class(es) · </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n clase · </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n clases · </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) (train %1, valid %2, test %3)</source>
        <translation>
            <numerusform>%n imagen (train %1, valid %2, test %3)</numerusform>
            <numerusform>%n imágenes (train %1, valid %2, test %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · multi-label</source>
        <translation> · multietiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · single-label</source>
        <translation> · etiqueta única</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · no validation split on disk: one was drawn from train</source>
        <translation> · no hay partición de validación en el disco: se extrajo una de train</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no validation split on disk, and the classes are too small to draw one</source>
        <translation> · no hay división de validación en disco, y las clases son demasiado pequeñas para extraer una</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 error(s), %2 warning(s): see Problems&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 error(es), %2 advertencia(s): consulte Problemas&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Image sizes:&lt;/b&gt; %1 × %2 to %3 × %4 px</source>
        <translation>&lt;b&gt;Tamaños de imagen:&lt;/b&gt; de %1 × %2 a %3 × %4 px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; every class has about as many training images</source>
        <translation>&lt;b&gt;Equilibrio:&lt;/b&gt; todas las clases tienen aproximadamente las mismas imágenes de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; the largest class has %1× the images of the smallest (train)%2</source>
        <translation>&lt;b&gt;Equilibrio:&lt;/b&gt; la clase más numerosa tiene %1× las imágenes de la menos numerosa (train)%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — consider class balancing (Model page, Training recipe)</source>
        <translation> — considere el equilibrado de clases (página Modelo, Receta de entrenamiento)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; a class has no training images</source>
        <translation>&lt;b&gt;Equilibrio:&lt;/b&gt; una clase no tiene imágenes de entrenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; no identical files</source>
        <translation>&lt;b&gt;Duplicados:&lt;/b&gt; ningún archivo idéntico</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; %n group(s) of identical files</source>
        <translation>
            <numerusform>&lt;b&gt;Duplicados:&lt;/b&gt; %n grupo de archivos idénticos</numerusform>
            <numerusform>&lt;b&gt;Duplicados:&lt;/b&gt; %n grupos de archivos idénticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n across splits (they inflate validation figures)</source>
        <translation>
            <numerusform>, %n entre particiones (infla las cifras de validación)</numerusform>
            <numerusform>, %n entre particiones (inflan las cifras de validación)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; none (pictures within %n bit(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Casi duplicados:&lt;/b&gt; ninguno (imágenes a %n bit como máximo)</numerusform>
            <numerusform>&lt;b&gt;Casi duplicados:&lt;/b&gt; ninguno (imágenes a %n bits como máximo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; %n group(s) of resized or re-encoded copies</source>
        <translation>
            <numerusform>&lt;b&gt;Casi duplicados:&lt;/b&gt; %n grupo de copias redimensionadas o recodificadas</numerusform>
            <numerusform>&lt;b&gt;Casi duplicados:&lt;/b&gt; %n grupos de copias redimensionadas o recodificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n across splits</source>
        <translation>
            <numerusform>, %n entre particiones</numerusform>
            <numerusform>, %n entre particiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Problems:&lt;/b&gt; %1 error(s), %2 warning(s) (Problems tab)</source>
        <translation>&lt;b&gt;Problemas:&lt;/b&gt; %1 error(es), %2 advertencia(s) (pestaña Problemas)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>train images</source>
        <translation>imágenes (train)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>labels per image (train)</source>
        <translation>etiquetas por imagen (train)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
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
        <translation>Evaluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split:</source>
        <translation>Partición:</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+177"/>
        <source>Evaluate a model on the open dataset.</source>
        <translation>Evalúe un modelo con el conjunto de datos abierto.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Decision threshold:</source>
        <translation>Umbral de decisión:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positives</source>
        <translation>Positivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best threshold</source>
        <translation>Mejor umbral</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% of the true class</source>
        <translation>% de la clase real</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>recall (%)</source>
        <translation>exhaustividad (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision (%) — dots: the current threshold</source>
        <translation>precisión (%) — puntos: el umbral actual</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Evaluation failed: %1</source>
        <translation>La evaluación falló: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>float32 (the network)</source>
        <translation>float32 (la red)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8 (the model&apos;s int8 variant)</source>
        <translation>int8 (la variante int8 del modelo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (emulated on this processor: slow)</source>
        <translation>bfloat16 (emulado en este procesador: lento)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computed in:</source>
        <translation>Calculado en:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Most confident mistakes (double-click to open, with where the model looked)</source>
        <translation>Errores más seguros (doble clic para abrir, con dónde miró el modelo)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a dataset and choose a model first.</source>
        <translation>Primero abra un conjunto de datos y elija un modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluating…</source>
        <translation>Evaluando…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>nothing</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2%)
true: %3</source>
        <translation>%1 (%2%)
real: %3</translation>
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
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · precisión %2 · exhaustividad %3 · %n imagen</numerusform>
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · precisión %2 · exhaustividad %3 · %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · micro-F1 %1 · mAP %2 · threshold %3 (best %4 gives F1 %5)</source>
        <translation> · micro-F1 %1 · mAP %2 · umbral %3 (el mejor, %4, da F1 %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · accuracy %1 · top-5 %2</source>
        <translation> · exactitud %1 · top-5 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>balanced accuracy %1 · weakest class: &lt;b&gt;%2&lt;/b&gt;, F1 %3, recall %4</source>
        <translation>exactitud equilibrada %1 · clase más débil: &lt;b&gt;%2&lt;/b&gt;, F1 %3, exhaustividad %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed in %1, as prediction computes it.</source>
        <translation>Calculado en %1, como calcula la predicción.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>predicted</source>
        <translation>clase predicha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class (row %)</source>
        <translation>clase real (% por fila)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExplainedPicture</name>
    <message>
        <location filename="../gui/common/explained_picture.cpp" line="+70"/>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExportPage</name>
    <message>
        <location filename="../gui/export/export_page.cpp" line="+49"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ONNX — for ONNX Runtime, OpenCV, TensorRT</source>
        <translation>ONNX — para ONNX Runtime, OpenCV, TensorRT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript — for PyTorch and LibTorch</source>
        <translation>TorchScript — para PyTorch y LibTorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FocoosAI reference checkpoint (STDC and ResNet-d models)</source>
        <translation>Punto de control de referencia de FocoosAI (modelos STDC y ResNet-d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ONNX int8 (QDQ) — the model&apos;s int8 variant, for ONNX Runtime, TensorRT</source>
        <translation>ONNX int8 (QDQ) — la variante int8 del modelo, para ONNX Runtime, TensorRT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export and verify</source>
        <translation>Exportar y verificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every export is loaded back right after it is written and compared with the model on a few images.</source>
        <translation>Cada exportación se vuelve a cargar justo después de escribirse y se compara con el modelo en unas pocas imágenes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faster prediction on the CPU: int8</source>
        <translation>Predicción más rápida en la CPU: int8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make int8 variant</source>
        <translation>Crear variante int8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the checkpoint</source>
        <translation>Carpeta para el punto de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calibrating on %1 of %2 pictures…</source>
        <translation>Calibrando con %1 de %2 imágenes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring on %1 of %2 validation pictures…</source>
        <translation>Midiendo con %1 de %2 imágenes de validación…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;No int8 variant:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Sin variante int8:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2 % (float32 %3 %, %4 points); the same top class as float32 for %5 % of the validation pictures</source>
        <translation>%1 %2 % (float32 %3 %, %4 puntos); la misma clase principal que float32 en el %5 % de las imágenes de validación</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;This model has an int8 variant&lt;/b&gt;: %1. Prediction on the CPU uses it.</source>
        <translation>&lt;b&gt;Este modelo tiene una variante int8&lt;/b&gt;: %1. La predicción en la CPU la usa.</translation>
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
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose a model first.</source>
        <translation>Elija primero un modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the dataset the model was trained on first: the int8 variant is calibrated and measured on its pictures.</source>
        <translation>Abra primero el conjunto de datos con el que se entrenó el modelo: la variante int8 se calibra y se mide con sus imágenes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibrating…</source>
        <translation>Calibrando…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b style=&apos;color:#1e8449&apos;&gt;Exported and verified.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1e8449&apos;&gt;Exportado y verificado.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Exported, but the check failed: the file does not reproduce the model.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Exportado, pero la verificación falló: el archivo no reproduce el modelo.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Files: %1&lt;br&gt;Check: %2 on %3 images, largest logit difference %4 (limit %5).</source>
        <translation>&lt;br&gt;Archivos: %1&lt;br&gt;Verificación: %2 con %3 imágenes, mayor diferencia de logits %4 (límite %5).</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;La exportación falló:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An int8 variant computes in 8-bit integers: on the CPU it predicts up to about twice as fast. It is calibrated on pictures of the open dataset&apos;s training split and measured against the model on its validation split; you see what it costs and gains before you keep it.</source>
        <translation>Una variante int8 calcula con enteros de 8 bits: en la CPU predice hasta aproximadamente el doble de rápido. Se calibra con imágenes de la parte de entrenamiento del conjunto abierto y se compara con el modelo en su parte de validación; verá lo que cuesta y lo que aporta antes de conservarla.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;int8 variant measured&lt;/b&gt; on %1 validation pictures (calibrated on %2): %3; %4 times the float32 speed on this computer. Keep it to predict with it on the CPU; the model itself stays as it is.</source>
        <translation>&lt;b&gt;Variante int8 medida&lt;/b&gt; con %1 imágenes de validación (calibrada con %2): %3; %4 veces la velocidad de float32 en este ordenador. Consérvela para predecir con ella en la CPU; el modelo en sí no cambia.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model and a destination first.</source>
        <translation>Primero elija un modelo y un destino.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting and checking…</source>
        <translation>Exportando y verificando…</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImagePreview</name>
    <message>
        <location filename="../gui/dataset/image_preview.cpp" line="+19"/>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no label</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an image to see it here</source>
        <translation>Seleccione una imagen para verla aquí</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImageViewer</name>
    <message>
        <location filename="../gui/common/image_viewer.cpp" line="+35"/>
        <source>Show where the model looked</source>
        <translation>Mostrar dónde miró el modelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heat map: %1</source>
        <translation>Sin mapa de calor: %1</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Demo dataset ready.</source>
        <translation>Conjunto de datos de demostración listo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;dataset…</source>
        <translation>Abrir &amp;conjunto de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;model…</source>
        <translation>Abrir &amp;modelo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;run folder…</source>
        <translation>Abrir carpeta de &amp;ejecución…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent datasets</source>
        <translation>Conjuntos de datos recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent models</source>
        <translation>Modelos recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausar / reanudar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;project…</source>
        <translation>Abrir pro&amp;yecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close project</source>
        <translation>Ce&amp;rrar proyecto</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Train image classifiers (FAI-CLS: a ResNet, STDC or EfficientNet backbone with an MLP head) on your own pictures, evaluate them, predict and export — offline, on the CPU or a CUDA GPU.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %3 · Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Entrene clasificadores de imágenes (FAI-CLS: una red troncal ResNet, STDC o EfficientNet con un cabezal MLP) con sus propias imágenes, evalúelos, haga predicciones y expórtelos — sin conexión, en la CPU o en una GPU CUDA.&lt;/p&gt;&lt;p&gt;Motor: LibTorch %3 · Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the built-in catalogue only</source>
        <translation>ninguno: solo el catálogo integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by the environment variable %1</source>
        <translation>Definido por la variable de entorno %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra weights catalogue</source>
        <translation>Catálogo de pesos adicional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra weights catalogue:</source>
        <translation>Catálogo de pesos adicional:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A folder for the new project (an empty one, or one to create)</source>
        <translation>Una carpeta para el nuevo proyecto (vacía o por crear)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project folder</source>
        <translation>Abrir una carpeta de proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no project.json: not a project folder. To start one there, use File &gt; New project.</source>
        <translation>%1 no contiene project.json: no es una carpeta de proyecto. Para crear uno allí, use Archivo &gt; Nuevo proyecto.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a dataset folder</source>
        <translation>Abrir una carpeta de conjunto de datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a model</source>
        <translation>Abrir un modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>Modelos FAI-CLS (*.faicls)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a run folder</source>
        <translation>Abrir una carpeta de ejecución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no metrics.jsonl: not a training run folder.</source>
        <translation>%1 no contiene metrics.jsonl: no es una carpeta de ejecución de entrenamiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the demo dataset…</source>
        <translation>Preparando el conjunto de datos de demostración…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training paused</source>
        <translation>Entrenamiento en pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Training is running</source>
        <translation>El entrenamiento está en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training and quit? The last finished epoch&apos;s checkpoint is kept and the run can be continued later.</source>
        <translation>¿Detener el entrenamiento y salir? Se conserva el punto de control de la última época completada y la ejecución se puede continuar más tarde.</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPage</name>
    <message>
        <location filename="../gui/config/model_page.cpp" line="+79"/>
        <source>Backbone learning rate × %1.</source>
        <translation>Tasa de aprendizaje de la red troncal × %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backbone learning rate × %1 (automatic: %2).</source>
        <translation>Tasa de aprendizaje de la red troncal × %1 (automático: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from scratch</source>
        <translation>sin preentrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained weights</source>
        <translation>pesos preentrenados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a preset…</source>
        <translation>Elegir un preajuste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, ImageNet-pretrained (recommended for photos)</source>
        <translation>ResNet-18, preentrenada en ImageNet (recomendada para fotos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, ImageNet-pretrained (more accurate, slower)</source>
        <translation>ResNet-50, preentrenada en ImageNet (más precisa, más lenta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, ImageNet-pretrained</source>
        <translation>EfficientNet-B0, preentrenada en ImageNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MobileNetV2, ImageNet-pretrained (small and fast)</source>
        <translation>MobileNetV2, preentrenada en ImageNet (pequeña y rápida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS n — STDC nano, res4, from scratch (smallest, fastest)</source>
        <translation>FAI-CLS n — STDC nano, res4, desde cero (la más pequeña y rápida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS s — STDC small, res4, from scratch</source>
        <translation>FAI-CLS s — STDC small, res4, desde cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS m — STDC small, res5, from scratch</source>
        <translation>FAI-CLS m — STDC small, res5, desde cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, from scratch</source>
        <translation>ResNet-18, desde cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, from scratch</source>
        <translation>ResNet-50, desde cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, from scratch</source>
        <translation>EfficientNet-B0, desde cero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults</source>
        <translation>Predeterminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A training is running with the settings it started with: changes made here apply to the next run.</source>
        <translation>Hay un entrenamiento en curso con los ajustes con los que se inició: los cambios que haga aquí se aplicarán a la próxima ejecución.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose weights file…</source>
        <translation>Elegir archivo de pesos…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training recipe</source>
        <translation>Receta de entrenamiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load a configuration</source>
        <translation>Cargar una configuración</translation>
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
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose pretrained weights</source>
        <translation>Elegir pesos preentrenados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>Pesos (*.pth *.pt *.tar *.faicls);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Weights: random (from scratch). With few photos, an ImageNet-pretrained preset learns far more.</source>
        <translation>Pesos: aleatorios (desde cero). Con pocas fotos, una plantilla preentrenada en ImageNet aprende mucho más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: the file %1.</source>
        <translation>Pesos: el archivo %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weights: the weights catalogue cannot be read.</source>
        <translation>Pesos: no se puede leer el catálogo de pesos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights: %1 is not in the weights catalogue.</source>
        <translation>Pesos: %1 no está en el catálogo de pesos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: %1 — %2, licence %3</source>
        <translation>Pesos: %1 — %2, licencia %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, ImageNet top-1 %1 %</source>
        <translation>, top-1 en ImageNet %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. On this computer: %1</source>
        <translation>. En este equipo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Not downloaded yet.</source>
        <translation>. Aún no descargados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Not downloaded yet (%1).</source>
        <translation>. Aún no descargados (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has problems:
%2</source>
        <translation>%1 tiene problemas:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not be written</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by the size</source>
        <translation>Determinado por el tamaño</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Ready: %1, features %2 (%3 channels), %n-layer head.</source>
        <translation>
            <numerusform>Listo: %1, características %2 (%3 canales), cabezal de %n capa.</numerusform>
            <numerusform>Listo: %1, características %2 (%3 canales), cabezal de %n capas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) in the configuration: see the fields marked in red.</source>
        <translation>
            <numerusform>%n problema en la configuración: consulte los campos marcados en rojo.</numerusform>
            <numerusform>%n problemas en la configuración: consulte los campos marcados en rojo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPicker</name>
    <message>
        <location filename="../gui/common/model_picker.cpp" line="+16"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a model</source>
        <translation>Elegir un modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>Modelos FAI-CLS (*.faicls)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::PredictionPage</name>
    <message>
        <location filename="../gui/prediction/prediction_page.cpp" line="+56"/>
        <source>no class above the threshold</source>
        <translation>ninguna clase supera el umbral</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A trained model (.faicls)</source>
        <translation>Un modelo entrenado (.faicls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model&apos;s threshold</source>
        <translation>Umbral del modelo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where the model looked</source>
        <translation>Mostrar dónde miró el modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A heat map (Grad-CAM) over the picture: red where the picture speaks most for the best class, blue where not at all</source>
        <translation>Un mapa de calor (Grad-CAM) sobre la imagen: rojo donde la imagen habla más a favor de la mejor clase, azul donde nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add images…</source>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict a folder…</source>
        <translation>Predecir una carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
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
            <numerusform>%n predicción guardada en %1</numerusform>
            <numerusform>%n predicciones guardadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No heat map: %1</source>
        <translation>Sin mapa de calor: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>%n file(s) could not be read (shown in red).</source>
        <translation>
            <numerusform>No se pudo leer %n archivo (en rojo).</numerusform>
            <numerusform>No se pudieron leer %n archivos (en rojo).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Drop pictures or folders here, or paste a picture (Ctrl+V).</source>
        <translation>Arrastre imágenes o carpetas aquí, o pegue una imagen (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Pictures to classify</source>
        <translation>Imágenes para clasificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Imágenes (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of pictures</source>
        <translation>Una carpeta de imágenes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the predictions</source>
        <translation>Guardar las predicciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Choose a model first (a .faicls file).</source>
        <translation>Primero elija un modelo (un archivo .faicls).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to paste: copy a picture, or image files, to the clipboard first.</source>
        <translation>Nada que pegar: copie antes una imagen, o archivos de imagen, al portapapeles.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No pictures found in %1</source>
        <translation>No se encontraron imágenes en %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Predicted with the model&apos;s int8 variant.</source>
        <translation>Predicho con la variante int8 del modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted in bfloat16.</source>
        <translation>Predicho en bfloat16.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 could not be read:
%2</source>
        <translation>No se pudo leer %1:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be shown: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>score (%)</source>
        <translation>puntuación (%)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ProjectController</name>
    <message>
        <location filename="../gui/app/project_controller.cpp" line="+92"/>
        <source>The project&apos;s model could not be opened: %1</source>
        <translation>No se pudo abrir el modelo del proyecto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 opened.</source>
        <translation>Proyecto %1 abierto.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Project %1 created.</source>
        <translation>Proyecto %1 creado.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The dataset&apos;s classes changed since the project was saved (new: %1; gone: %2). Runs trained before predict the old classes.</source>
        <translation>Las clases del conjunto de datos cambiaron desde que se guardó el proyecto (nuevas: %1; eliminadas: %2). Las ejecuciones entrenadas antes predicen las clases antiguas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
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
        <translation>Imágenes de validación y prueba (puntuaciones del modelo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pictures (short trainings, cross-validated)</source>
        <translation>Imágenes de entrenamiento (entrenamientos cortos, validación cruzada)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folds:</source>
        <translation>Particiones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs each:</source>
        <translation>Épocas cada uno:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find likely label errors</source>
        <translation>Buscar probables errores de etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the pictures whose labels are likely wrong, and the copies the scan found; fix them with one key.</source>
        <translation>Encuentre las imágenes cuyas etiquetas probablemente son erróneas y las copias que encontró el análisis; corríjalas con una tecla.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+263"/>
        <location line="+18"/>
        <source>Likely label errors (%1)</source>
        <translation>Probables errores de etiqueta (%1)</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+281"/>
        <source>Copies (%1)</source>
        <translation>Copias (%1)</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Show where the model looked</source>
        <translation>Mostrar dónde miró el modelo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No heat map: %1</source>
        <translation>Sin mapa de calor: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accept the suggestion (A)</source>
        <translation>Aceptar la sugerencia (A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relabel (1–9)</source>
        <translation>Reetiquetar (1–9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude (X)</source>
        <translation>Excluir (X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To train (T)</source>
        <translation>A train (T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To valid (V)</source>
        <translation>A valid (V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To test (E)</source>
        <translation>A test (E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply the edits to the dataset…</source>
        <translation>Aplicar los cambios al conjunto de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last apply</source>
        <translation>Deshacer la última aplicación</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applied: %1 relabelled, %2 excluded, %3 moved. The dataset as it was is kept in %4.</source>
        <translation>Aplicado: %1 reetiquetadas, %2 excluidas, %3 movidas. El conjunto de datos anterior se guarda en %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded pictures are in %1.</source>
        <translation>Las imágenes excluidas están en %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset is back as it was before the last apply.</source>
        <translation>El conjunto de datos vuelve a estar como antes de la última aplicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dataset was not changed: %1</source>
        <translation>El conjunto de datos no se modificó: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open a dataset first.</source>
        <translation>Abra primero un conjunto de datos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Model page&apos;s settings have problems: fix them first (the trainings of the cross-validation follow them).</source>
        <translation>La configuración de la página Modelo tiene problemas: corríjalos primero (los entrenamientos de la validación cruzada la siguen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A training is running: wait for it or stop it first.</source>
        <translation>Hay un entrenamiento en curso: espere a que termine o deténgalo primero.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a trained model first.</source>
        <translation>Elija primero un modelo entrenado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training %1 models, each on all folds but one…</source>
        <translation>Entrenando %1 modelos, cada uno con todas las particiones menos una…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring the validation and test pictures…</source>
        <translation>Puntuando las imágenes de validación y prueba…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review cancelled.</source>
        <translation>Revisión cancelada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review: %1</source>
        <translation>Sin revisión: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 pictures are likely labelled wrongly (confident learning%3).</source>
        <translation>%1 de %2 imágenes probablemente están mal etiquetadas (confident learning%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, scores of models trained without them</source>
        <translation>, puntuaciones de modelos entrenados sin ellas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 Edits made now are not saved over it.</source>
        <translation>%1 Los cambios hechos ahora no se guardan encima.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kept in %1</source>
        <translation>guardados en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not kept after the app closes: open or create a project for that</source>
        <translation>no se conservan al cerrar la aplicación: abra o cree un proyecto para ello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No edits waiting.</source>
        <translation>No hay cambios pendientes.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n edit(s) waiting, %1.</source>
        <translation>
            <numerusform>%n cambio pendiente, %1.</numerusform>
            <numerusform>%n cambios pendientes, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy group %1 (same bytes)</source>
        <translation>Grupo de copias %1 (mismos bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy group %1 (distance %2)</source>
        <translation>Grupo de copias %1 (distancia %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelled %1, looks like %2 (%3%)</source>
        <translation>Etiquetada %1, parece %2 (%3%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels %1: missing %2</source>
        <translation>Etiquetas %1: falta %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: wrong %2</source>
        <translation>Etiquetas %1: errónea %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: missing %2, wrong %3</source>
        <translation>Etiquetas %1: falta %2, errónea %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>excluded</source>
        <translation>excluida</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No likely label errors to show: find them with a model.</source>
        <translation>No hay probables errores de etiqueta que mostrar: búsquelos con un modelo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Split: %1 · labels: %2</source>
        <translation>División: %1 · etiquetas: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model says %1 (%2%).</source>
        <translation>El modelo dice %1 (%2%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model misses %1.</source>
        <translation>El modelo echa en falta %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model doubts %1.</source>
        <translation>El modelo duda de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model misses %1 and doubts %2.</source>
        <translation>El modelo echa en falta %1 y duda de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heat map shows where it sees %1.</source>
        <translation>El mapa de calor muestra dónde ve %1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Apply the edits</source>
        <translation>Aplicar los cambios</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Write %n edit(s) into the dataset at %1? The dataset as it is now is kept beside it, and &quot;Undo the last apply&quot; puts it back.</source>
        <translation>
            <numerusform>¿Escribir %n cambio en el conjunto de datos de %1? El conjunto actual se guarda a su lado y «Deshacer la última aplicación» lo restaura.</numerusform>
            <numerusform>¿Escribir %n cambios en el conjunto de datos de %1? El conjunto actual se guarda a su lado y «Deshacer la última aplicación» lo restaura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Applying %n edit(s)…</source>
        <translation>
            <numerusform>Aplicando %n cambio…</numerusform>
            <numerusform>Aplicando %n cambios…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::RunsTable</name>
    <message>
        <location filename="../gui/training/runs_table.cpp" line="+29"/>
        <source>training now</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted: can be continued</source>
        <translation>interrumpida: se puede continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: can be continued</source>
        <translation>fallida: se puede continuar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select runs to draw their curves over the charts (Ctrl-click for several).</source>
        <translation>Seleccione ejecuciones para dibujar sus curvas sobre los gráficos (Ctrl-clic para varias).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this run&apos;s curves and make its best model the current one</source>
        <translation>Mostrar las curvas de esta ejecución y convertir su mejor modelo en el actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best F1</source>
        <translation>Mejor F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1, pretrained</source>
        <translation>%1, preentrenado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from random weights</source>
        <translation>con pesos aleatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename the run</source>
        <translation>Cambiar el nombre de la ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
</context>
<context>
    <name>faicls::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+28"/>
        <source>Train image classifiers on your own pictures, watch them learn, and use them — all on this computer.</source>
        <translation>Entrene clasificadores de imágenes con sus propias fotos, vea cómo aprenden y úselos — todo en este equipo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder that keeps a dataset&apos;s trainings, their models and settings together, to come back to.</source>
        <translation>Una carpeta que reúne los entrenamientos de un conjunto de datos, sus modelos y ajustes, para retomarlos más tarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project…</source>
        <translation>Abrir un proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue where you left off.</source>
        <translation>Continúe donde lo dejó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a dataset…</source>
        <translation>Abrir un conjunto de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with one sub-folder per class, or a Roboflow / COCO export.</source>
        <translation>Una carpeta con una subcarpeta por clase, o una exportación de Roboflow / COCO.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a model…</source>
        <translation>Abrir un modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trained model (.faicls) to predict with, evaluate or export.</source>
        <translation>Un modelo entrenado (.faicls) para predecir, evaluar o exportar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fashion-MNIST pictures of clothes in ten classes, ready to train in a minute.</source>
        <translation>Imágenes de ropa de Fashion-MNIST en diez clases, listas para entrenar en un minuto.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent datasets</source>
        <translation>Conjuntos de datos recientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
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
        <translation>sin etiqueta</translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingCharts</name>
    <message>
        <location filename="../gui/training/training_charts.cpp" line="+66"/>
        <location line="+4"/>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss (smoothed)</source>
        <translation>pérdida de entrenamiento (suavizada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss per epoch</source>
        <translation>pérdida de entrenamiento por época</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate (head)</source>
        <translation>tasa de aprendizaje (cabezal)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (smoothed loss)</source>
        <translation>%1 (pérdida suavizada)</translation>
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
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run folder:</source>
        <translation>Carpeta de ejecución:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
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
        <translation>Iniciar entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a run…</source>
        <translation>Continuar una ejecución…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save charts…</source>
        <translation>Guardar gráficos…</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Not training.</source>
        <translation>Sin entrenamiento en curso.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Run folder</source>
        <translation>Carpeta de ejecución</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Continue which run?</source>
        <translation>¿Qué ejecución desea continuar?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the charts</source>
        <translation>Guardar los gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be written</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Training could not run: %1</source>
        <translation>No se pudo ejecutar el entrenamiento: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training could not run.</source>
        <translation>No se pudo ejecutar el entrenamiento.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Continue it</source>
        <translation>Continuarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Precision:</source>
        <translation>Precisión:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open a dataset first (Dataset page).</source>
        <translation>Primero abra un conjunto de datos (página Conjunto de datos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration has problems: see the Model page.</source>
        <translation>La configuración tiene problemas: consulte la página Modelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This dataset cannot be trained on yet:
%1</source>
        <translation>Todavía no se puede entrenar con este conjunto de datos:
%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training on %1, run folder %2</source>
        <translation>Entrenando con %1, carpeta de ejecución %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none open (Dataset page)</source>
        <translation>ninguno abierto (página Conjunto de datos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 training, %3 validation images</source>
        <translation>%1 · %2 imágenes de entrenamiento, %3 de validación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was trained on %2, which is no longer there, and the open dataset has other classes: open the run&apos;s dataset (moved?) to continue it.</source>
        <translation>%1 se entrenó con %2, que ya no está, y el conjunto de datos abierto tiene otras clases: abra el conjunto de datos de la ejecución (¿movido?) para continuarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run&apos;s dataset %1 is no longer there: continuing on the open one, %2.</source>
        <translation>El conjunto de datos %1 de la ejecución ya no está: se continúa con el abierto, %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuing %1</source>
        <translation>Continuando %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run %1 stopped after epoch %2 of %3. Continue it where it stopped?</source>
        <translation>La ejecución %1 se detuvo tras la época %2 de %3. ¿Continuarla donde se detuvo?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (in use)</source>
        <translation>%1 (en uso)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automática)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Epoch %1 of %2 · loss %3 · %4 images/s · %5 left</source>
        <translation>Época %1 de %2 · pérdida %3 · %4 imágenes/s · quedan %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epoch %1: training loss %2, validation loss %3, F1 %4, precision %5, recall %6%7%8</source>
        <translation>Época %1: pérdida de entrenamiento %2, pérdida de validación %3, F1 %4, precisión %5, exhaustividad %6%7%8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, accuracy %1</source>
        <translation>, exactitud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — best so far, saved</source>
        <translation> — el mejor hasta ahora, guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1: training loss %2</source>
        <translation>Época %1: pérdida de entrenamiento %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %n epoch(s); the last checkpoint is kept and the run can be continued.</source>
        <translation>
            <numerusform>Detenido tras %n época; se conserva el último punto de control y la ejecución se puede continuar.</numerusform>
            <numerusform>Detenido tras %n épocas; se conserva el último punto de control y la ejecución se puede continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished early (no better F1 for a while) after %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>Finalizado antes de tiempo (sin mejora de F1 durante un tiempo) tras %n época. Mejor F1: %1.</numerusform>
            <numerusform>Finalizado antes de tiempo (sin mejora de F1 durante un tiempo) tras %n épocas. Mejor F1: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>Se completó %n época. Mejor F1: %1.</numerusform>
            <numerusform>Se completaron %n épocas. Mejor F1: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::WeightsDownloadDialog</name>
    <message>
        <location filename="../gui/config/weights_download_dialog.cpp" line="+19"/>
        <source>Downloading pretrained weights</source>
        <translation>Descargando pesos preentrenados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)
from %3</source>
        <translation>%1 (%2)
desde %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling… (what came is kept; the next download resumes it)</source>
        <translation>Cancelando… (lo recibido se conserva; la próxima descarga continúa desde ahí)</translation>
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
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pretrained weights needed</source>
        <translation>Se necesitan pesos preentrenados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network starts from the pretrained weights %1 (%2, %3), which are not on this computer yet.

Download them now (%4), or choose a weights file you have?</source>
        <translation>Esta red parte de los pesos preentrenados %1 (%2, %3), que aún no están en este equipo.

¿Descargarlos ahora (%4) o elegir un archivo de pesos que ya tenga?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose pretrained weights</source>
        <translation>Elegir pesos preentrenados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>Pesos (*.pth *.pt *.tar *.faicls);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>

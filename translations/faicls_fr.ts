<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../engine/src/config/config_fields.cpp" line="+44"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes; set from the dataset.</source>
        <translation>Nombre de classes, déterminé à partir du jeu de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature extractor family.</source>
        <translation>Famille de l&apos;extracteur de caractéristiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet depth.</source>
        <translation>Profondeur du ResNet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet: &quot;b&quot; (torchvision layout) or &quot;d&quot; (reference checkpoints). EfficientNet: &quot;b0&quot; to &quot;b3&quot;.</source>
        <translation>ResNet&#xa0;: &quot;b&quot; (structure torchvision) ou &quot;d&quot; (points de contrôle de référence). EfficientNet&#xa0;: de &quot;b0&quot; à &quot;b3&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC size preset; empty uses base and layers.</source>
        <translation>Préréglage de taille STDC&#xa0;; s&apos;il est vide, la largeur de base et les couches par étage sont utilisées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base width</source>
        <translation>Largeur de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC base width, used when no size preset is set.</source>
        <translation>Largeur de base STDC, utilisée quand aucun préréglage de taille n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage layers</source>
        <translation>Couches par étage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC blocks per stage, used when no size preset is set.</source>
        <translation>Blocs STDC par étage, utilisés quand aucun préréglage de taille n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block type</source>
        <translation>Type de bloc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC block: concatenation (reference default) or addition.</source>
        <translation>Bloc STDC&#xa0;: concaténation (par défaut dans la référence) ou addition.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pretrained weights</source>
        <translation>Poids pré-entraînés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weights catalogue name (such as resnet18-imagenet), a weights file (.pth), or empty to start from random weights.</source>
        <translation>Un nom du catalogue de poids (comme resnet18-imagenet), un fichier de poids (.pth), ou vide pour partir de poids aléatoires.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input side in pixels, or [height, width].</source>
        <translation>Côté de l&apos;entrée en pixels, ou [hauteur, largeur].</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pixel mean</source>
        <translation>Moyenne des pixels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel mean subtracted from RGB pixels (0..255).</source>
        <translation>Moyenne par canal soustraite des pixels RVB (0..255).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pixel std</source>
        <translation>Écart-type des pixels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel divisor of RGB pixels (0..255).</source>
        <translation>Diviseur par canal des pixels RVB (0..255).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden width</source>
        <translation>Largeur cachée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden width of the two-layer head.</source>
        <translation>Largeur de la couche cachée de la tête à deux couches.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout probability in the head.</source>
        <translation>Probabilité de dropout dans la tête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature level</source>
        <translation>Niveau de caractéristiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone level fed to the head.</source>
        <translation>Niveau du backbone transmis à la tête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head layers</source>
        <translation>Couches de la tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head depth: 1 (linear) or 2 (hidden layer, ReLU, dropout).</source>
        <translation>Profondeur de la tête&#xa0;: 1 (linéaire) ou 2 (couche cachée, ReLU, dropout).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focal loss</source>
        <translation>Perte focale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss instead of cross-entropy / BCE (for imbalanced data).</source>
        <translation>Perte focale au lieu de l&apos;entropie croisée / BCE (pour les données déséquilibrées).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focal alpha</source>
        <translation>Alpha focal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss alpha.</source>
        <translation>Alpha de la perte focale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focal gamma</source>
        <translation>Gamma focal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss gamma.</source>
        <translation>Gamma de la perte focale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label smoothing</source>
        <translation>Lissage des étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label smoothing of the targets.</source>
        <translation>Lissage des étiquettes cibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-label</source>
        <translation>Multi-étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several labels per image: sigmoid + BCE instead of softmax + cross-entropy.</source>
        <translation>Plusieurs étiquettes par image&#xa0;: sigmoïde + BCE au lieu de softmax + entropie croisée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positive weight</source>
        <translation>Poids des positifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of positive labels in BCE (multi-label).</source>
        <translation>Poids des étiquettes positives dans la BCE (multi-étiquette).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes over the training split.</source>
        <translation>Nombre de passages sur la partition d&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per step.</source>
        <translation>Images par itération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head learning rate.</source>
        <translation>Taux d&apos;apprentissage de la tête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backbone learning-rate factor</source>
        <translation>Facteur de taux d&apos;apprentissage du backbone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone learning rate = learning rate x this. Automatic: 0.1 with pretrained weights, 1.0 without.</source>
        <translation>Taux d&apos;apprentissage du backbone = taux d&apos;apprentissage x ce facteur. Automatique : 0,1 avec des poids pré-entraînés, 1,0 sinon.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Train the head first (epochs)</source>
        <translation>Entraîner d’abord la tête (époques)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the first N epochs the backbone stays fixed and only the head trains; then the whole network does.</source>
        <translation>Pendant les N premières époques, le backbone reste figé et seule la tête apprend ; ensuite, tout le réseau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freeze the backbone</source>
        <translation>Figer le backbone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the backbone&apos;s weights fixed for the whole run: only the head trains.</source>
        <translation>Les poids du backbone restent figés pendant tout l’entraînement : seule la tête apprend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cache the features</source>
        <translation>Mettre les caractéristiques en cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a frozen backbone and no augmentation, compute each image&apos;s features once and train the head on them: epochs take seconds.</source>
        <translation>Avec un backbone figé et sans augmentation, les caractéristiques de chaque image sont calculées une fois et la tête s’entraîne dessus : une époque prend quelques secondes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimiser.</source>
        <translation>Algorithme d&apos;optimisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum.</source>
        <translation>Momentum du SGD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SGD with Nesterov momentum.</source>
        <translation>SGD avec momentum de Nesterov.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay (none on norm layers and biases).</source>
        <translation>Décroissance des poids (sauf sur les couches de normalisation et les biais).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule after warmup.</source>
        <translation>Évolution du taux d&apos;apprentissage après le préchauffage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warmup epochs</source>
        <translation>Époques de préchauffage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear warmup length.</source>
        <translation>Durée du préchauffage linéaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient clipping</source>
        <translation>Écrêtage du gradient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum gradient L2 norm, 0 = off.</source>
        <translation>Norme L2 maximale du gradient, 0 = désactivé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Early stopping</source>
        <translation>Arrêt anticipé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop when validation F1 stops improving.</source>
        <translation>Arrêter quand le F1 de validation cesse de s&apos;améliorer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluations without improvement before early stopping.</source>
        <translation>Évaluations sans amélioration avant l&apos;arrêt anticipé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation period</source>
        <translation>Période d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate every N epochs.</source>
        <translation>Évaluer toutes les N époques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class balancing</source>
        <translation>Équilibrage des classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter class imbalance with loss weights or a balanced sampler.</source>
        <translation>Compenser le déséquilibre des classes par une pondération de la perte ou un échantillonneur équilibré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale jitter</source>
        <translation>Variation d&apos;échelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest-edge scale jitter and random crop (reference default).</source>
        <translation>Variation aléatoire d&apos;échelle du plus petit côté et recadrage aléatoire (par défaut dans la référence).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Random resized crop</source>
        <translation>Recadrage aléatoire redimensionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random resized crop instead of scale jitter.</source>
        <translation>Recadrage aléatoire redimensionné au lieu de la variation d&apos;échelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horizontal flip</source>
        <translation>Retournement horizontal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability of a horizontal flip.</source>
        <translation>Probabilité d&apos;un retournement horizontal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Color jitter</source>
        <translation>Variation des couleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour jitter strength, 0 = off.</source>
        <translation>Intensité de la variation des couleurs, 0 = désactivée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixed precision (CUDA)</source>
        <translation>Précision mixte (CUDA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed precision (fp16) on CUDA when the precision is automatic.</source>
        <translation>Précision mixte (fp16) sur CUDA quand la précision est automatique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;auto&quot;, &quot;cpu&quot;, &quot;cuda&quot; or &quot;cuda:N&quot;.</source>
        <translation>&quot;auto&quot;, &quot;cpu&quot;, &quot;cuda&quot; ou &quot;cuda:N&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decoding threads</source>
        <translation>Threads de décodage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image decode threads, 0 = one per core.</source>
        <translation>Threads de décodage des images, 0 = un par cœur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <location filename="../gui/training/training_page.cpp" line="+209"/>
        <location filename="../engine/src/config/config_fields.cpp" line="-20"/>
        <source>What convolutions compute in: auto is bfloat16 on a CPU with native bfloat16, float16 on CUDA, else float32.</source>
        <translation>Ce en quoi calculent les convolutions : automatique vaut bfloat16 sur un processeur doté du bfloat16 natif, float16 sur CUDA, sinon float32.</translation>
    </message>
</context>
<context>
    <name>DatasetNames</name>
    <message>
        <location filename="../gui/dataset/dataset_names.cpp" line="+8"/>
        <source>a folder per class</source>
        <translation>un dossier par classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roboflow COCO export</source>
        <translation>exportation COCO de Roboflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COCO annotations</source>
        <translation>annotations COCO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a dataset</source>
        <translation>pas un jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed JSON</source>
        <translation>JSON mal formé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid annotations</source>
        <translation>annotations non valides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing file</source>
        <translation>fichier manquant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable image</source>
        <translation>image illisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated image</source>
        <translation>image tronquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image too large</source>
        <translation>image trop grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside the dataset</source>
        <translation>hors du jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown category</source>
        <translation>catégorie inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder category</source>
        <translation>catégorie fictive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crowd annotation</source>
        <translation>annotation crowd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unannotated image</source>
        <translation>image non annotée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty class</source>
        <translation>classe vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class missing from train</source>
        <translation>classe absente de train</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing split</source>
        <translation>partition manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate image</source>
        <translation>image en double</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converted image</source>
        <translation>image convertie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXIF rotation</source>
        <translation>rotation EXIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored file</source>
        <translation>fichier ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>near-duplicate</source>
        <translation>quasi-doublon</translation>
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
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be used</source>
        <translation>Le fichier est inutilisable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsafe file refused (nothing in it was run)</source>
        <translation>Fichier dangereux refusé (rien n&apos;en a été exécuté)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format not supported</source>
        <translation>Format non pris en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration has problems</source>
        <translation>La configuration comporte des problèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights do not fit this network</source>
        <translation>Les poids ne correspondent pas à ce réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be written</source>
        <translation>Un fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine stopped with an error</source>
        <translation>Le moteur s&apos;est arrêté sur une erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download did not complete</source>
        <translation>Le téléchargement n’a pas abouti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ConfigForm</name>
    <message>
        <location filename="../gui/config/config_form.cpp" line="+71"/>
        <source>
Key: %1 · default: %2</source>
        <translation>
Clé&#xa0;: %1 · par défaut&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a weights file</source>
        <translation>Choisir un fichier de poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.faicls);;All files (*)</source>
        <translation>Poids (*.pth *.pt *.faicls);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>224 or 224 x 320</source>
        <translation>224 ou 224 x 320</translation>
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
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dataset folder — or drop a folder onto this window</source>
        <translation>Dossier du jeu de données — ou déposez un dossier sur cette fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dataset:</source>
        <translation>Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No dataset open.</source>
        <translation>Aucun jeu de données ouvert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Split:</source>
        <translation>Partition&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem:</source>
        <translation>Problème&#xa0;:</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the dataset: %1</source>
        <translation>Impossible d&apos;ouvrir le jeu de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bits</source>
        <translation> bits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near-duplicates: pictures whose 64-bit perceptual hashes differ in at most this many bits are reported as copies (resized, re-encoded, brightened). 0-3 finds copies; from about 4, different photos of one subject start to pair up.</source>
        <translation>Quasi-doublons&#xa0;: les images dont les hachages perceptuels de 64 bits diffèrent d&apos;au plus ce nombre de bits sont signalées comme copies (redimensionnées, réencodées, éclaircies). 0-3 trouve les copies&#xa0;; à partir d&apos;environ 4, des photos différentes d&apos;un même sujet commencent à être appariées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies within:</source>
        <translation>Copies jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a dataset folder</source>
        <translation>Ouvrir un dossier de jeu de données</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %n class(es) · </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n classe · </numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n classes · </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) (train %1, valid %2, test %3)</source>
        <translation>
            <numerusform>%n image (train %1, valid %2, test %3)</numerusform>
            <numerusform>%n images (train %1, valid %2, test %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · multi-label</source>
        <translation> · multi-étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · single-label</source>
        <translation> · mono-étiquette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · no validation split on disk: one was drawn from train</source>
        <translation> · aucune partition de validation sur le disque&#xa0;: elle a été prélevée sur train</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no validation split on disk, and the classes are too small to draw one</source>
        <translation> · pas de partition de validation sur le disque, et les classes sont trop petites pour en tirer une</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 error(s), %2 warning(s): see Problems&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 erreur(s), %2 avertissement(s)&#xa0;: voir Problèmes&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Image sizes:&lt;/b&gt; %1 × %2 to %3 × %4 px</source>
        <translation>&lt;b&gt;Tailles d&apos;image&#xa0;:&lt;/b&gt; de %1 × %2 à %3 × %4 px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; every class has about as many training images</source>
        <translation>&lt;b&gt;Équilibre&#xa0;:&lt;/b&gt; chaque classe a à peu près autant d&apos;images d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; the largest class has %1× the images of the smallest (train)%2</source>
        <translation>&lt;b&gt;Équilibre&#xa0;:&lt;/b&gt; la plus grande classe a %1× autant d&apos;images que la plus petite (train)%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — consider class balancing (Model page, Training recipe)</source>
        <translation> — envisagez l&apos;équilibrage des classes (page Modèle, Paramètres d&apos;entraînement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; a class has no training images</source>
        <translation>&lt;b&gt;Équilibre&#xa0;:&lt;/b&gt; une classe n&apos;a aucune image d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; no identical files</source>
        <translation>&lt;b&gt;Doublons&#xa0;:&lt;/b&gt; aucun fichier identique</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; %n group(s) of identical files</source>
        <translation>
            <numerusform>&lt;b&gt;Doublons&#xa0;:&lt;/b&gt; %n groupe de fichiers identiques</numerusform>
            <numerusform>&lt;b&gt;Doublons&#xa0;:&lt;/b&gt; %n groupes de fichiers identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n across splits (they inflate validation figures)</source>
        <translation>
            <numerusform>, %n à cheval sur plusieurs partitions (il gonfle les résultats de validation)</numerusform>
            <numerusform>, %n à cheval sur plusieurs partitions (ils gonflent les résultats de validation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; none (pictures within %n bit(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Quasi-doublons&#xa0;:&lt;/b&gt; aucun (images à %n bit au plus)</numerusform>
            <numerusform>&lt;b&gt;Quasi-doublons&#xa0;:&lt;/b&gt; aucun (images à %n bits au plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; %n group(s) of resized or re-encoded copies</source>
        <translation>
            <numerusform>&lt;b&gt;Quasi-doublons&#xa0;:&lt;/b&gt; %n groupe de copies redimensionnées ou réencodées</numerusform>
            <numerusform>&lt;b&gt;Quasi-doublons&#xa0;:&lt;/b&gt; %n groupes de copies redimensionnées ou réencodées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n across splits</source>
        <translation>
            <numerusform>, %n entre partitions</numerusform>
            <numerusform>, %n entre partitions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Problems:&lt;/b&gt; %1 error(s), %2 warning(s) (Problems tab)</source>
        <translation>&lt;b&gt;Problèmes&#xa0;:&lt;/b&gt; %1 erreur(s), %2 avertissement(s) (onglet Problèmes)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>train images</source>
        <translation>images de train</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>labels per image (train)</source>
        <translation>étiquettes par image (train)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
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
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split:</source>
        <translation>Partition&#xa0;:</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+177"/>
        <source>Evaluate a model on the open dataset.</source>
        <translation>Évaluez un modèle sur le jeu de données ouvert.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Decision threshold:</source>
        <translation>Seuil de décision&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positives</source>
        <translation>Positifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best threshold</source>
        <translation>Meilleur seuil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% of the true class</source>
        <translation>% de la vraie classe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>recall (%)</source>
        <translation>rappel (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision (%) — dots: the current threshold</source>
        <translation>précision (%) — points&#xa0;: le seuil actuel</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Evaluation failed: %1</source>
        <translation>Échec de l&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>float32 (the network)</source>
        <translation>float32 (le réseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8 (the model&apos;s int8 variant)</source>
        <translation>int8 (la variante int8 du modèle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (emulated on this processor: slow)</source>
        <translation>bfloat16 (émulé sur ce processeur : lent)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computed in:</source>
        <translation>Calculé en :</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Most confident mistakes (double-click to open, with where the model looked)</source>
        <translation>Erreurs les plus sûres (double-clic pour ouvrir, avec où le modèle a regardé)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a dataset and choose a model first.</source>
        <translation>Ouvrez d&apos;abord un jeu de données et choisissez un modèle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluating…</source>
        <translation>Évaluation en cours…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2%)
true: %3</source>
        <translation>%1 (%2&#xa0;%)
réel&#xa0;: %3</translation>
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
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · précision %2 · rappel %3 · %n image</numerusform>
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · précision %2 · rappel %3 · %n images</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · micro-F1 %1 · mAP %2 · threshold %3 (best %4 gives F1 %5)</source>
        <translation> · micro-F1 %1 · mAP %2 · seuil %3 (le meilleur, %4, donne un F1 de %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · accuracy %1 · top-5 %2</source>
        <translation> · exactitude %1 · top-5 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>balanced accuracy %1 · weakest class: &lt;b&gt;%2&lt;/b&gt;, F1 %3, recall %4</source>
        <translation>exactitude équilibrée %1 · classe la plus faible : &lt;b&gt;%2&lt;/b&gt;, F1 %3, rappel %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed in %1, as prediction computes it.</source>
        <translation>Calculé en %1, comme la prédiction le calcule.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>predicted</source>
        <translation>classe prédite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class (row %)</source>
        <translation>classe réelle (% de la ligne)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExplainedPicture</name>
    <message>
        <location filename="../gui/common/explained_picture.cpp" line="+70"/>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossible d&apos;afficher %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExportPage</name>
    <message>
        <location filename="../gui/export/export_page.cpp" line="+49"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ONNX — for ONNX Runtime, OpenCV, TensorRT</source>
        <translation>ONNX — pour ONNX Runtime, OpenCV, TensorRT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript — for PyTorch and LibTorch</source>
        <translation>TorchScript — pour PyTorch et LibTorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FocoosAI reference checkpoint (STDC and ResNet-d models)</source>
        <translation>Point de contrôle de référence FocoosAI (modèles STDC et ResNet-d)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ONNX int8 (QDQ) — the model&apos;s int8 variant, for ONNX Runtime, TensorRT</source>
        <translation>ONNX int8 (QDQ) — la variante int8 du modèle, pour ONNX Runtime, TensorRT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export and verify</source>
        <translation>Exporter et vérifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every export is loaded back right after it is written and compared with the model on a few images.</source>
        <translation>Chaque exportation est rechargée juste après son écriture et comparée au modèle sur quelques images.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faster prediction on the CPU: int8</source>
        <translation>Prédiction plus rapide sur le CPU : int8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make int8 variant</source>
        <translation>Créer la variante int8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the checkpoint</source>
        <translation>Dossier du point de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calibrating on %1 of %2 pictures…</source>
        <translation>Calibrage sur %1 images sur %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring on %1 of %2 validation pictures…</source>
        <translation>Mesure sur %1 images de validation sur %2…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;No int8 variant:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Pas de variante int8 :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2 % (float32 %3 %, %4 points); the same top class as float32 for %5 % of the validation pictures</source>
        <translation>%1 %2 % (float32 %3 %, %4 points) ; la même classe en tête que float32 pour %5 % des images de validation</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;This model has an int8 variant&lt;/b&gt;: %1. Prediction on the CPU uses it.</source>
        <translation>&lt;b&gt;Ce modèle a une variante int8&lt;/b&gt; : %1. La prédiction sur le CPU l’utilise.</translation>
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
        <translation>exactitude</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose a model first.</source>
        <translation>Choisissez d’abord un modèle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the dataset the model was trained on first: the int8 variant is calibrated and measured on its pictures.</source>
        <translation>Ouvrez d’abord le jeu de données sur lequel le modèle a été entraîné : la variante int8 est calibrée et mesurée sur ses images.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibrating…</source>
        <translation>Calibrage…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b style=&apos;color:#1e8449&apos;&gt;Exported and verified.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1e8449&apos;&gt;Exporté et vérifié.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Exported, but the check failed: the file does not reproduce the model.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Exporté, mais la vérification a échoué&#xa0;: le fichier ne reproduit pas le modèle.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Files: %1&lt;br&gt;Check: %2 on %3 images, largest logit difference %4 (limit %5).</source>
        <translation>&lt;br&gt;Fichiers&#xa0;: %1&lt;br&gt;Vérification&#xa0;: %2 sur %3 images, plus grand écart de logits %4 (limite %5).</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Échec de l&apos;exportation&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An int8 variant computes in 8-bit integers: on the CPU it predicts up to about twice as fast. It is calibrated on pictures of the open dataset&apos;s training split and measured against the model on its validation split; you see what it costs and gains before you keep it.</source>
        <translation>Une variante int8 calcule en entiers de 8 bits : sur le CPU, elle prédit jusqu’à environ deux fois plus vite. Elle est calibrée sur des images de la partie entraînement du jeu de données ouvert et comparée au modèle sur sa partie validation ; vous voyez ce qu’elle coûte et apporte avant de la garder.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;int8 variant measured&lt;/b&gt; on %1 validation pictures (calibrated on %2): %3; %4 times the float32 speed on this computer. Keep it to predict with it on the CPU; the model itself stays as it is.</source>
        <translation>&lt;b&gt;Variante int8 mesurée&lt;/b&gt; sur %1 images de validation (calibrée sur %2) : %3 ; %4 fois la vitesse de float32 sur cet ordinateur. Gardez-la pour prédire avec elle sur le CPU ; le modèle lui-même reste tel quel.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model and a destination first.</source>
        <translation>Choisissez d&apos;abord un modèle et une destination.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting and checking…</source>
        <translation>Exportation et vérification…</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImagePreview</name>
    <message>
        <location filename="../gui/dataset/image_preview.cpp" line="+19"/>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossible d&apos;afficher %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no label</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an image to see it here</source>
        <translation>Sélectionnez une image pour l&apos;afficher ici</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImageViewer</name>
    <message>
        <location filename="../gui/common/image_viewer.cpp" line="+35"/>
        <source>Show where the model looked</source>
        <translation>Montrer où le modèle a regardé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heat map: %1</source>
        <translation>Pas de carte de chaleur : %1</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Device: %1</source>
        <translation>Périphérique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Demo dataset ready.</source>
        <translation>Jeu de données de démo prêt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;dataset…</source>
        <translation>Ouvrir un &amp;jeu de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;run folder…</source>
        <translation>Ouvrir un dossier d&apos;&amp;exécution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent datasets</source>
        <translation>Jeux de données récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent models</source>
        <translation>Modèles récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / reprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save project</source>
        <translation>Enre&amp;gistrer le projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Train image classifiers (FAI-CLS: a ResNet, STDC or EfficientNet backbone with an MLP head) on your own pictures, evaluate them, predict and export — offline, on the CPU or a CUDA GPU.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %3 · Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Entraînez des classifieurs d&apos;images (FAI-CLS&#xa0;: un backbone ResNet, STDC ou EfficientNet avec une tête MLP) sur vos propres images, évaluez-les, faites des prédictions et exportez-les — hors ligne, sur le CPU ou un GPU CUDA.&lt;/p&gt;&lt;p&gt;Moteur&#xa0;: LibTorch %3 · Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the built-in catalogue only</source>
        <translation>aucun : le catalogue intégré seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by the environment variable %1</source>
        <translation>Défini par la variable d’environnement %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra weights catalogue</source>
        <translation>Catalogue de poids supplémentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra weights catalogue:</source>
        <translation>Catalogue de poids supplémentaire :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A folder for the new project (an empty one, or one to create)</source>
        <translation>Un dossier pour le nouveau projet (vide, ou à créer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project folder</source>
        <translation>Ouvrir un dossier de projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no project.json: not a project folder. To start one there, use File &gt; New project.</source>
        <translation>%1 ne contient pas de project.json&#xa0;: ce n&apos;est pas un dossier de projet. Pour en créer un à cet endroit, utilisez Fichier &gt; Nouveau projet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a dataset folder</source>
        <translation>Ouvrir un dossier de jeu de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>Modèles FAI-CLS (*.faicls)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a run folder</source>
        <translation>Ouvrir un dossier d&apos;exécution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no metrics.jsonl: not a training run folder.</source>
        <translation>%1 ne contient pas de metrics.jsonl&#xa0;: ce n&apos;est pas un dossier d&apos;exécution d&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the demo dataset…</source>
        <translation>Préparation du jeu de données de démo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training paused</source>
        <translation>Entraînement en pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training…</source>
        <translation>Entraînement en cours…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Training is running</source>
        <translation>Un entraînement est en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training and quit? The last finished epoch&apos;s checkpoint is kept and the run can be continued later.</source>
        <translation>Arrêter l&apos;entraînement et quitter&#xa0;? Le point de contrôle de la dernière époque terminée est conservé et l&apos;exécution pourra être reprise plus tard.</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPage</name>
    <message>
        <location filename="../gui/config/model_page.cpp" line="+79"/>
        <source>Backbone learning rate × %1.</source>
        <translation>Taux d&apos;apprentissage du backbone × %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backbone learning rate × %1 (automatic: %2).</source>
        <translation>Taux d&apos;apprentissage du backbone × %1 (automatique : %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from scratch</source>
        <translation>sans pré-entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained weights</source>
        <translation>poids pré-entraînés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a preset…</source>
        <translation>Choisir un préréglage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, ImageNet-pretrained (recommended for photos)</source>
        <translation>ResNet-18, pré-entraîné sur ImageNet (recommandé pour les photos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, ImageNet-pretrained (more accurate, slower)</source>
        <translation>ResNet-50, pré-entraîné sur ImageNet (plus précis, plus lent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, ImageNet-pretrained</source>
        <translation>EfficientNet-B0, pré-entraîné sur ImageNet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MobileNetV2, ImageNet-pretrained (small and fast)</source>
        <translation>MobileNetV2, pré-entraîné sur ImageNet (petit et rapide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS n — STDC nano, res4, from scratch (smallest, fastest)</source>
        <translation>FAI-CLS n — STDC nano, res4, à partir de zéro (le plus petit, le plus rapide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS s — STDC small, res4, from scratch</source>
        <translation>FAI-CLS s — STDC small, res4, à partir de zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS m — STDC small, res5, from scratch</source>
        <translation>FAI-CLS m — STDC small, res5, à partir de zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, from scratch</source>
        <translation>ResNet-18, à partir de zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, from scratch</source>
        <translation>ResNet-50, à partir de zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, from scratch</source>
        <translation>EfficientNet-B0, à partir de zéro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A training is running with the settings it started with: changes made here apply to the next run.</source>
        <translation>Un entraînement est en cours avec les paramètres de son démarrage&#xa0;: les modifications faites ici s&apos;appliqueront à la prochaine exécution.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose weights file…</source>
        <translation>Choisir un fichier de poids…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training recipe</source>
        <translation>Paramètres d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load a configuration</source>
        <translation>Charger une configuration</translation>
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
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose pretrained weights</source>
        <translation>Choisir des poids pré-entraînés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>Poids (*.pth *.pt *.tar *.faicls);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Weights: random (from scratch). With few photos, an ImageNet-pretrained preset learns far more.</source>
        <translation>Poids : aléatoires (à partir de zéro). Avec peu de photos, un préréglage pré-entraîné sur ImageNet apprend bien davantage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: the file %1.</source>
        <translation>Poids : le fichier %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weights: the weights catalogue cannot be read.</source>
        <translation>Poids : le catalogue de poids est illisible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights: %1 is not in the weights catalogue.</source>
        <translation>Poids : %1 ne figure pas dans le catalogue de poids.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: %1 — %2, licence %3</source>
        <translation>Poids : %1 — %2, licence %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, ImageNet top-1 %1 %</source>
        <translation>, top-1 ImageNet %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. On this computer: %1</source>
        <translation>. Sur cet ordinateur : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Not downloaded yet.</source>
        <translation>. Pas encore téléchargés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Not downloaded yet (%1).</source>
        <translation>. Pas encore téléchargés (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has problems:
%2</source>
        <translation>%1 présente des problèmes&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not be written</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by the size</source>
        <translation>Défini par la taille</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Ready: %1, features %2 (%3 channels), %n-layer head.</source>
        <translation>
            <numerusform>Prêt&#xa0;: %1, caractéristiques %2 (%3 canaux), tête à %n couche.</numerusform>
            <numerusform>Prêt&#xa0;: %1, caractéristiques %2 (%3 canaux), tête à %n couches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) in the configuration: see the fields marked in red.</source>
        <translation>
            <numerusform>%n problème dans la configuration&#xa0;: voir les champs marqués en rouge.</numerusform>
            <numerusform>%n problèmes dans la configuration&#xa0;: voir les champs marqués en rouge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPicker</name>
    <message>
        <location filename="../gui/common/model_picker.cpp" line="+16"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a model</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>Modèles FAI-CLS (*.faicls)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::PredictionPage</name>
    <message>
        <location filename="../gui/prediction/prediction_page.cpp" line="+56"/>
        <source>no class above the threshold</source>
        <translation>aucune classe au-dessus du seuil</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A trained model (.faicls)</source>
        <translation>Un modèle entraîné (.faicls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model&apos;s threshold</source>
        <translation>Seuil du modèle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where the model looked</source>
        <translation>Montrer où le modèle a regardé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A heat map (Grad-CAM) over the picture: red where the picture speaks most for the best class, blue where not at all</source>
        <translation>Une carte de chaleur (Grad-CAM) sur l&apos;image : rouge là où l&apos;image plaide le plus pour la meilleure classe, bleu là où pas du tout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add images…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict a folder…</source>
        <translation>Prédire un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold:</source>
        <translation>Seuil&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-k:</source>
        <translation>Top-k&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Saved %n prediction(s) to %1</source>
        <translation>
            <numerusform>%n prédiction enregistrée dans %1</numerusform>
            <numerusform>%n prédictions enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No heat map: %1</source>
        <translation>Pas de carte de chaleur : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>%n file(s) could not be read (shown in red).</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu (en rouge).</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus (en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Drop pictures or folders here, or paste a picture (Ctrl+V).</source>
        <translation>Déposez des images ou des dossiers ici, ou collez une image (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Pictures to classify</source>
        <translation>Images à classer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of pictures</source>
        <translation>Un dossier d&apos;images</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the predictions</source>
        <translation>Enregistrer les prédictions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Choose a model first (a .faicls file).</source>
        <translation>Choisissez d&apos;abord un modèle (un fichier .faicls).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to paste: copy a picture, or image files, to the clipboard first.</source>
        <translation>Rien à coller : copiez d’abord une image, ou des fichiers d’image, dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No pictures found in %1</source>
        <translation>Aucune image trouvée dans %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Predicted with the model&apos;s int8 variant.</source>
        <translation>Prédit avec la variante int8 du modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted in bfloat16.</source>
        <translation>Prédit en bfloat16.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 could not be read:
%2</source>
        <translation>Impossible de lire %1&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be shown: %2</source>
        <translation>Impossible d&apos;afficher %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>score (%)</source>
        <translation>score (%)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ProjectController</name>
    <message>
        <location filename="../gui/app/project_controller.cpp" line="+92"/>
        <source>The project&apos;s model could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le modèle du projet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 opened.</source>
        <translation>Projet %1 ouvert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Project %1 created.</source>
        <translation>Projet %1 créé.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The dataset&apos;s classes changed since the project was saved (new: %1; gone: %2). Runs trained before predict the old classes.</source>
        <translation>Les classes du jeu de données ont changé depuis l&apos;enregistrement du projet (nouvelles&#xa0;: %1&#xa0;; disparues&#xa0;: %2). Les exécutions entraînées auparavant prédisent les anciennes classes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>Images de validation et de test (scores du modèle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pictures (short trainings, cross-validated)</source>
        <translation>Images d&apos;entraînement (entraînements courts, validation croisée)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folds:</source>
        <translation>Partitions :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs each:</source>
        <translation>Époques chacun :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find likely label errors</source>
        <translation>Trouver les erreurs d&apos;étiquette probables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the pictures whose labels are likely wrong, and the copies the scan found; fix them with one key.</source>
        <translation>Trouvez les images dont l&apos;étiquette est probablement fausse et les copies trouvées par l&apos;analyse ; corrigez-les d&apos;une touche.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+263"/>
        <location line="+18"/>
        <source>Likely label errors (%1)</source>
        <translation>Erreurs d&apos;étiquette probables (%1)</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+281"/>
        <source>Copies (%1)</source>
        <translation>Copies (%1)</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Show where the model looked</source>
        <translation>Montrer où le modèle a regardé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No heat map: %1</source>
        <translation>Pas de carte de chaleur : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accept the suggestion (A)</source>
        <translation>Accepter la suggestion (A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relabel (1–9)</source>
        <translation>Réétiqueter (1–9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude (X)</source>
        <translation>Exclure (X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To train (T)</source>
        <translation>Vers train (T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To valid (V)</source>
        <translation>Vers valid (V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To test (E)</source>
        <translation>Vers test (E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply the edits to the dataset…</source>
        <translation>Appliquer les modifications au jeu de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last apply</source>
        <translation>Annuler la dernière application</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applied: %1 relabelled, %2 excluded, %3 moved. The dataset as it was is kept in %4.</source>
        <translation>Appliqué : %1 réétiquetées, %2 exclues, %3 déplacées. Le jeu de données d&apos;avant est conservé dans %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded pictures are in %1.</source>
        <translation>Les images exclues sont dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset is back as it was before the last apply.</source>
        <translation>Le jeu de données est revenu à son état d&apos;avant la dernière application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dataset was not changed: %1</source>
        <translation>Le jeu de données n&apos;a pas été modifié : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open a dataset first.</source>
        <translation>Ouvrez d&apos;abord un jeu de données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Model page&apos;s settings have problems: fix them first (the trainings of the cross-validation follow them).</source>
        <translation>Les réglages de la page Modèle ont des problèmes : corrigez-les d&apos;abord (les entraînements de la validation croisée les suivent).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A training is running: wait for it or stop it first.</source>
        <translation>Un entraînement est en cours : attendez-le ou arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a trained model first.</source>
        <translation>Choisissez d&apos;abord un modèle entraîné.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training %1 models, each on all folds but one…</source>
        <translation>Entraînement de %1 modèles, chacun sur toutes les partitions sauf une…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring the validation and test pictures…</source>
        <translation>Calcul des scores des images de validation et de test…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review cancelled.</source>
        <translation>Révision annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review: %1</source>
        <translation>Pas de révision : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 pictures are likely labelled wrongly (confident learning%3).</source>
        <translation>%1 images sur %2 sont probablement mal étiquetées (confident learning%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, scores of models trained without them</source>
        <translation>, scores de modèles entraînés sans elles</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 Edits made now are not saved over it.</source>
        <translation>%1 Les modifications faites maintenant ne l&apos;écrasent pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kept in %1</source>
        <translation>conservées dans %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not kept after the app closes: open or create a project for that</source>
        <translation>non conservées après la fermeture : ouvrez ou créez un projet pour cela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No edits waiting.</source>
        <translation>Aucune modification en attente.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n edit(s) waiting, %1.</source>
        <translation>
            <numerusform>%n modification en attente, %1.</numerusform>
            <numerusform>%n modifications en attente, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy group %1 (same bytes)</source>
        <translation>Groupe de copies %1 (mêmes octets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy group %1 (distance %2)</source>
        <translation>Groupe de copies %1 (distance %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelled %1, looks like %2 (%3%)</source>
        <translation>Étiquetée %1, ressemble à %2 (%3%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels %1: missing %2</source>
        <translation>Étiquettes %1 : manque %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: wrong %2</source>
        <translation>Étiquettes %1 : fausse %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: missing %2, wrong %3</source>
        <translation>Étiquettes %1 : manque %2, fausse %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>excluded</source>
        <translation>exclue</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No likely label errors to show: find them with a model.</source>
        <translation>Aucune erreur d&apos;étiquette probable à afficher : cherchez-les avec un modèle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Split: %1 · labels: %2</source>
        <translation>Partie : %1 · étiquettes : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model says %1 (%2%).</source>
        <translation>Le modèle dit %1 (%2%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model misses %1.</source>
        <translation>Le modèle voit %1 manquer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model doubts %1.</source>
        <translation>Le modèle doute de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model misses %1 and doubts %2.</source>
        <translation>Le modèle voit %1 manquer et doute de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heat map shows where it sees %1.</source>
        <translation>La carte de chaleur montre où il voit %1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Apply the edits</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Write %n edit(s) into the dataset at %1? The dataset as it is now is kept beside it, and &quot;Undo the last apply&quot; puts it back.</source>
        <translation>
            <numerusform>Écrire %n modification dans le jeu de données %1 ? Le jeu actuel est conservé à côté, et « Annuler la dernière application » le remet.</numerusform>
            <numerusform>Écrire %n modifications dans le jeu de données %1 ? Le jeu actuel est conservé à côté, et « Annuler la dernière application » le remet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Applying %n edit(s)…</source>
        <translation>
            <numerusform>Application de %n modification…</numerusform>
            <numerusform>Application de %n modifications…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::RunsTable</name>
    <message>
        <location filename="../gui/training/runs_table.cpp" line="+29"/>
        <source>training now</source>
        <translation>en cours d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted: can be continued</source>
        <translation>interrompue&#xa0;: peut être reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: can be continued</source>
        <translation>en échec&#xa0;: peut être reprise</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select runs to draw their curves over the charts (Ctrl-click for several).</source>
        <translation>Sélectionnez des exécutions pour tracer leurs courbes sur les graphiques (Ctrl-clic pour en choisir plusieurs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this run&apos;s curves and make its best model the current one</source>
        <translation>Afficher les courbes de cette exécution et faire de son meilleur modèle le modèle actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best F1</source>
        <translation>Meilleur F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1, pretrained</source>
        <translation>%1, pré-entraîné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from random weights</source>
        <translation>à partir de poids aléatoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename the run</source>
        <translation>Renommer l&apos;exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>faicls::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+28"/>
        <source>Train image classifiers on your own pictures, watch them learn, and use them — all on this computer.</source>
        <translation>Entraînez des classifieurs d&apos;images sur vos propres photos, observez leur apprentissage et utilisez-les — le tout sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder that keeps a dataset&apos;s trainings, their models and settings together, to come back to.</source>
        <translation>Un dossier qui réunit les entraînements d&apos;un jeu de données, leurs modèles et leurs paramètres, pour y revenir plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue where you left off.</source>
        <translation>Reprenez là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a dataset…</source>
        <translation>Ouvrir un jeu de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with one sub-folder per class, or a Roboflow / COCO export.</source>
        <translation>Un dossier avec un sous-dossier par classe, ou une exportation Roboflow / COCO.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a model…</source>
        <translation>Ouvrir un modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trained model (.faicls) to predict with, evaluate or export.</source>
        <translation>Un modèle entraîné (.faicls) pour prédire, évaluer ou exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fashion-MNIST pictures of clothes in ten classes, ready to train in a minute.</source>
        <translation>Images de vêtements Fashion-MNIST en dix classes, prêtes à être entraînées en une minute.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent datasets</source>
        <translation>Jeux de données récents</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
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
        <translation>sans étiquette</translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingCharts</name>
    <message>
        <location filename="../gui/training/training_charts.cpp" line="+66"/>
        <location line="+4"/>
        <source>iteration</source>
        <translation>itération</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss (smoothed)</source>
        <translation>perte d&apos;entraînement (lissée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss per epoch</source>
        <translation>perte d&apos;entraînement par époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate (head)</source>
        <translation>taux d&apos;apprentissage (tête)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (smoothed loss)</source>
        <translation>%1 (perte lissée)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: F1</source>
        <translation>%1&#xa0;: F1</translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingPage</name>
    <message>
        <location filename="../gui/training/training_page.cpp" line="-17"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run folder:</source>
        <translation>Dossier d&apos;exécution&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
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
        <translation>Périphérique&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start training</source>
        <translation>Démarrer l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a run…</source>
        <translation>Reprendre une exécution…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save charts…</source>
        <translation>Enregistrer les graphiques…</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Not training.</source>
        <translation>Aucun entraînement en cours.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Run folder</source>
        <translation>Dossier d&apos;exécution</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Continue which run?</source>
        <translation>Quelle exécution reprendre&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the charts</source>
        <translation>Enregistrer les graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be written</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Training could not run: %1</source>
        <translation>L&apos;entraînement n&apos;a pas pu être exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training could not run.</source>
        <translation>L&apos;entraînement n&apos;a pas pu être exécuté.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Continue it</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataset:</source>
        <translation>Jeu de données :</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Precision:</source>
        <translation>Précision :</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open a dataset first (Dataset page).</source>
        <translation>Ouvrez d&apos;abord un jeu de données (page Jeu de données).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration has problems: see the Model page.</source>
        <translation>La configuration présente des problèmes&#xa0;: voir la page Modèle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This dataset cannot be trained on yet:
%1</source>
        <translation>Ce jeu de données ne permet pas encore d’entraîner :
%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training on %1, run folder %2</source>
        <translation>Entraînement sur %1, dossier d&apos;exécution %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none open (Dataset page)</source>
        <translation>aucun ouvert (page Jeu de données)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 training, %3 validation images</source>
        <translation>%1 · %2 images d’entraînement, %3 de validation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was trained on %2, which is no longer there, and the open dataset has other classes: open the run&apos;s dataset (moved?) to continue it.</source>
        <translation>%1 a été entraînée sur %2, qui n&apos;existe plus, et le jeu de données ouvert a d&apos;autres classes&#xa0;: ouvrez le jeu de données de l&apos;exécution (déplacé&#xa0;?) pour la reprendre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run&apos;s dataset %1 is no longer there: continuing on the open one, %2.</source>
        <translation>Le jeu de données %1 de l&apos;exécution n&apos;existe plus&#xa0;: reprise sur celui qui est ouvert, %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuing %1</source>
        <translation>Reprise de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run %1 stopped after epoch %2 of %3. Continue it where it stopped?</source>
        <translation>L&apos;exécution %1 s&apos;est arrêtée après l&apos;époque %2 sur %3. La reprendre là où elle s&apos;est arrêtée&#xa0;?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (in use)</source>
        <translation>%1 (en cours d’utilisation)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automatique)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Epoch %1 of %2 · loss %3 · %4 images/s · %5 left</source>
        <translation>Époque %1 sur %2 · perte %3 · %4 images/s · reste %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epoch %1: training loss %2, validation loss %3, F1 %4, precision %5, recall %6%7%8</source>
        <translation>Époque %1&#xa0;: perte d&apos;entraînement %2, perte de validation %3, F1 %4, précision %5, rappel %6%7%8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, accuracy %1</source>
        <translation>, exactitude %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — best so far, saved</source>
        <translation> — meilleure à ce jour, enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1: training loss %2</source>
        <translation>Époque %1&#xa0;: perte d&apos;entraînement %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %n epoch(s); the last checkpoint is kept and the run can be continued.</source>
        <translation>
            <numerusform>Arrêté après %n époque&#xa0;; le dernier point de contrôle est conservé et l&apos;exécution peut être reprise.</numerusform>
            <numerusform>Arrêté après %n époques&#xa0;; le dernier point de contrôle est conservé et l&apos;exécution peut être reprise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished early (no better F1 for a while) after %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>Arrêt anticipé (aucune amélioration du F1 depuis un moment) après %n époque. Meilleur F1&#xa0;: %1.</numerusform>
            <numerusform>Arrêt anticipé (aucune amélioration du F1 depuis un moment) après %n époques. Meilleur F1&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>%n époque terminée. Meilleur F1&#xa0;: %1.</numerusform>
            <numerusform>%n époques terminées. Meilleur F1&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::WeightsDownloadDialog</name>
    <message>
        <location filename="../gui/config/weights_download_dialog.cpp" line="+19"/>
        <source>Downloading pretrained weights</source>
        <translation>Téléchargement des poids pré-entraînés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)
from %3</source>
        <translation>%1 (%2)
depuis %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling… (what came is kept; the next download resumes it)</source>
        <translation>Annulation… (ce qui est arrivé est conservé ; le prochain téléchargement reprend)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pretrained weights needed</source>
        <translation>Poids pré-entraînés nécessaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network starts from the pretrained weights %1 (%2, %3), which are not on this computer yet.

Download them now (%4), or choose a weights file you have?</source>
        <translation>Ce réseau part des poids pré-entraînés %1 (%2, %3), qui ne sont pas encore sur cet ordinateur.

Les télécharger maintenant (%4), ou choisir un fichier de poids que vous avez ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose pretrained weights</source>
        <translation>Choisir des poids pré-entraînés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>Poids (*.pth *.pt *.tar *.faicls);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>

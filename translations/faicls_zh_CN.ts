<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../engine/src/config/config_fields.cpp" line="+44"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of classes; set from the dataset.</source>
        <translation>类别数量；根据数据集自动设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backbone</source>
        <translation>主干网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feature extractor family.</source>
        <translation>特征提取器类型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet depth.</source>
        <translation>ResNet 的深度（层数）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResNet: &quot;b&quot; (torchvision layout) or &quot;d&quot; (reference checkpoints). EfficientNet: &quot;b0&quot; to &quot;b3&quot;.</source>
        <translation>ResNet：&quot;b&quot;（torchvision 结构）或 &quot;d&quot;（参考检查点）。EfficientNet：&quot;b0&quot; 至 &quot;b3&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC size preset; empty uses base and layers.</source>
        <translation>STDC 尺寸预设；留空则使用基础宽度和各阶段层数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base width</source>
        <translation>基础宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC base width, used when no size preset is set.</source>
        <translation>STDC 基础宽度，未设置尺寸预设时使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage layers</source>
        <translation>各阶段层数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC blocks per stage, used when no size preset is set.</source>
        <translation>STDC 每个阶段的模块数，未设置尺寸预设时使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block type</source>
        <translation>模块类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STDC block: concatenation (reference default) or addition.</source>
        <translation>STDC 模块：拼接（参考实现默认）或相加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pretrained weights</source>
        <translation>预训练权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weights catalogue name (such as resnet18-imagenet), a weights file (.pth), or empty to start from random weights.</source>
        <translation>权重目录中的名称（如 resnet18-imagenet）、权重文件（.pth），或留空以从随机权重开始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input side in pixels, or [height, width].</source>
        <translation>输入边长（像素），或 [高度, 宽度]。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pixel mean</source>
        <translation>像素均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel mean subtracted from RGB pixels (0..255).</source>
        <translation>从 RGB 像素值中减去的各通道均值（0..255）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pixel std</source>
        <translation>像素标准差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-channel divisor of RGB pixels (0..255).</source>
        <translation>RGB 像素值的各通道除数（0..255）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hidden width</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden width of the two-layer head.</source>
        <translation>两层分类头的隐藏层宽度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout probability in the head.</source>
        <translation>分类头中的 Dropout 概率。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature level</source>
        <translation>特征层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone level fed to the head.</source>
        <translation>输入分类头的主干网络层级。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head layers</source>
        <translation>分类头层数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head depth: 1 (linear) or 2 (hidden layer, ReLU, dropout).</source>
        <translation>分类头深度：1（线性层）或 2（隐藏层、ReLU、Dropout）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focal loss</source>
        <translation>Focal 损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss instead of cross-entropy / BCE (for imbalanced data).</source>
        <translation>使用 Focal 损失代替交叉熵 / BCE（适用于不平衡数据）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focal alpha</source>
        <translation>Focal alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss alpha.</source>
        <translation>Focal 损失的 alpha 参数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focal gamma</source>
        <translation>Focal gamma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal loss gamma.</source>
        <translation>Focal 损失的 gamma 参数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label smoothing of the targets.</source>
        <translation>对目标标签进行平滑。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-label</source>
        <translation>多标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several labels per image: sigmoid + BCE instead of softmax + cross-entropy.</source>
        <translation>每张图像可有多个标签：使用 sigmoid + BCE 代替 softmax + 交叉熵。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positive weight</source>
        <translation>正样本权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of positive labels in BCE (multi-label).</source>
        <translation>BCE 中正标签的权重（多标签）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes over the training split.</source>
        <translation>遍历训练集的次数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images per step.</source>
        <translation>每步处理的图像数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head learning rate.</source>
        <translation>分类头的学习率。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backbone learning-rate factor</source>
        <translation>主干网络学习率系数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backbone learning rate = learning rate x this. Automatic: 0.1 with pretrained weights, 1.0 without.</source>
        <translation>主干网络学习率 = 学习率 x 此系数。自动：有预训练权重时为 0.1，否则为 1.0。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Train the head first (epochs)</source>
        <translation>先只训练头部（轮数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the first N epochs the backbone stays fixed and only the head trains; then the whole network does.</source>
        <translation>前 N 轮保持骨干网络不变，只训练头部；之后训练整个网络。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freeze the backbone</source>
        <translation>冻结骨干网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the backbone&apos;s weights fixed for the whole run: only the head trains.</source>
        <translation>整个训练过程中骨干网络权重保持不变：只训练头部。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cache the features</source>
        <translation>缓存特征</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a frozen backbone and no augmentation, compute each image&apos;s features once and train the head on them: epochs take seconds.</source>
        <translation>在骨干网络冻结且无数据增强时，每张图像的特征只计算一次，头部在其上训练：每轮只需几秒。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimiser.</source>
        <translation>优化器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum.</source>
        <translation>SGD 动量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SGD with Nesterov momentum.</source>
        <translation>SGD 使用 Nesterov 动量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay (none on norm layers and biases).</source>
        <translation>权重衰减（不作用于归一化层和偏置）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule after warmup.</source>
        <translation>预热结束后的学习率调度策略。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warmup epochs</source>
        <translation>预热轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear warmup length.</source>
        <translation>线性预热的长度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum gradient L2 norm, 0 = off.</source>
        <translation>梯度 L2 范数的最大值，0 = 关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop when validation F1 stops improving.</source>
        <translation>验证集 F1 不再提升时停止训练。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patience</source>
        <translation>耐心值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluations without improvement before early stopping.</source>
        <translation>提前停止前允许的无提升评估次数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation period</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate every N epochs.</source>
        <translation>每 N 个轮次评估一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class balancing</source>
        <translation>类别平衡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter class imbalance with loss weights or a balanced sampler.</source>
        <translation>通过损失权重或平衡采样器缓解类别不平衡。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scale jitter</source>
        <translation>尺度抖动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest-edge scale jitter and random crop (reference default).</source>
        <translation>短边尺度抖动加随机裁剪（参考实现默认）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Random resized crop</source>
        <translation>随机缩放裁剪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random resized crop instead of scale jitter.</source>
        <translation>使用随机缩放裁剪代替尺度抖动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horizontal flip</source>
        <translation>水平翻转</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability of a horizontal flip.</source>
        <translation>水平翻转的概率。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Color jitter</source>
        <translation>颜色抖动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour jitter strength, 0 = off.</source>
        <translation>颜色抖动强度，0 = 关闭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixed precision (CUDA)</source>
        <translation>混合精度（CUDA）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed precision (fp16) on CUDA when the precision is automatic.</source>
        <translation>精度为自动时，在 CUDA 上使用混合精度 (fp16)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;auto&quot;, &quot;cpu&quot;, &quot;cuda&quot; or &quot;cuda:N&quot;.</source>
        <translation>&quot;auto&quot;、&quot;cpu&quot;、&quot;cuda&quot; 或 &quot;cuda:N&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decoding threads</source>
        <translation>解码线程数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image decode threads, 0 = one per core.</source>
        <translation>图像解码线程数，0 = 每个核心一个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed.</source>
        <translation>随机数种子。</translation>
    </message>
    <message>
        <location filename="../gui/training/training_page.cpp" line="+209"/>
        <location filename="../engine/src/config/config_fields.cpp" line="-20"/>
        <source>What convolutions compute in: auto is bfloat16 on a CPU with native bfloat16, float16 on CUDA, else float32.</source>
        <translation>卷积的计算精度：自动时，在原生支持 bfloat16 的 CPU 上为 bfloat16，在 CUDA 上为 float16，否则为 float32。</translation>
    </message>
</context>
<context>
    <name>DatasetNames</name>
    <message>
        <location filename="../gui/dataset/dataset_names.cpp" line="+8"/>
        <source>a folder per class</source>
        <translation>每个类别一个文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roboflow COCO export</source>
        <translation>Roboflow COCO 导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COCO annotations</source>
        <translation>COCO 标注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a dataset</source>
        <translation>不是数据集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed JSON</source>
        <translation>JSON 格式错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid annotations</source>
        <translation>标注无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing file</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable image</source>
        <translation>图像无法读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated image</source>
        <translation>图像不完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image too large</source>
        <translation>图像过大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside the dataset</source>
        <translation>位于数据集之外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown category</source>
        <translation>未知类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder category</source>
        <translation>占位类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crowd annotation</source>
        <translation>crowd 标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unannotated image</source>
        <translation>图像未标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty class</source>
        <translation>空类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class missing from train</source>
        <translation>训练集中缺少该类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing split</source>
        <translation>缺少划分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate image</source>
        <translation>重复图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>converted image</source>
        <translation>图像已转换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXIF rotation</source>
        <translation>EXIF 旋转</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored file</source>
        <translation>文件已忽略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>near-duplicate</source>
        <translation>近似重复</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <location filename="../gui/common/duration_text.cpp" line="+10"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../gui/runner/error_text.cpp" line="+15"/>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be used</source>
        <translation>文件无法使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsafe file refused (nothing in it was run)</source>
        <translation>已拒绝不安全的文件（其中的内容均未执行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format not supported</source>
        <translation>不支持的格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration has problems</source>
        <translation>配置有问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights do not fit this network</source>
        <translation>权重与此网络不匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine stopped with an error</source>
        <translation>引擎因错误而停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download did not complete</source>
        <translation>下载未完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ConfigForm</name>
    <message>
        <location filename="../gui/config/config_form.cpp" line="+71"/>
        <source>
Key: %1 · default: %2</source>
        <translation>
配置键：%1 · 默认值：%2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a weights file</source>
        <translation>选择权重文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.faicls);;All files (*)</source>
        <translation>权重文件 (*.pth *.pt *.faicls);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>224 or 224 x 320</source>
        <translation>224 或 224 x 320</translation>
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
        <translation>训练集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dataset folder — or drop a folder onto this window</source>
        <translation>数据集文件夹——或将文件夹拖放到此窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No dataset open.</source>
        <translation>未打开数据集。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-172"/>
        <location line="+172"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the dataset: %1</source>
        <translation>无法打开数据集：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bits</source>
        <translation> 位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near-duplicates: pictures whose 64-bit perceptual hashes differ in at most this many bits are reported as copies (resized, re-encoded, brightened). 0-3 finds copies; from about 4, different photos of one subject start to pair up.</source>
        <translation>近似重复：64 位感知哈希最多相差这么多位的图片会被报告为副本（缩放、重新编码、调亮）。0-3 可找到副本；从约 4 开始，同一主题的不同照片也会被配对。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies within:</source>
        <translation>副本阈值：</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %n class(es) · </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n 个类别 · </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) (train %1, valid %2, test %3)</source>
        <translation>
            <numerusform>%n 张图像（训练集 %1，验证集 %2，测试集 %3）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · multi-label</source>
        <translation> · 多标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · single-label</source>
        <translation> · 单标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · no validation split on disk: one was drawn from train</source>
        <translation> · 磁盘上没有验证集：已从训练集中划分出一部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no validation split on disk, and the classes are too small to draw one</source>
        <translation> · 磁盘上没有验证集，且各类别太小，无法从中划分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 error(s), %2 warning(s): see Problems&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#c0392b&apos;&gt;%1 个错误，%2 个警告：请查看“问题”&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Image sizes:&lt;/b&gt; %1 × %2 to %3 × %4 px</source>
        <translation>&lt;b&gt;图像尺寸：&lt;/b&gt;%1 × %2 至 %3 × %4 像素</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; every class has about as many training images</source>
        <translation>&lt;b&gt;平衡：&lt;/b&gt;各类别的训练图像数量大致相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; the largest class has %1× the images of the smallest (train)%2</source>
        <translation>&lt;b&gt;平衡：&lt;/b&gt;最大类别的图像数是最小类别的 %1×（训练集）%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — consider class balancing (Model page, Training recipe)</source>
        <translation> — 建议启用类别平衡（“模型”页面，“训练方案”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Balance:&lt;/b&gt; a class has no training images</source>
        <translation>&lt;b&gt;平衡：&lt;/b&gt;有类别没有训练图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; no identical files</source>
        <translation>&lt;b&gt;重复：&lt;/b&gt;没有相同的文件</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; %n group(s) of identical files</source>
        <translation>
            <numerusform>&lt;b&gt;重复：&lt;/b&gt;%n 组相同的文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n across splits (they inflate validation figures)</source>
        <translation>
            <numerusform>, 其中 %n 组跨越不同划分（会虚高验证指标）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; none (pictures within %n bit(s))</source>
        <translation>
            <numerusform>&lt;b&gt;近似重复：&lt;/b&gt;无（图片相差不超过 %n 位）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; %n group(s) of resized or re-encoded copies</source>
        <translation>
            <numerusform>&lt;b&gt;近似重复：&lt;/b&gt;%n 组缩放或重新编码的副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n across splits</source>
        <translation>
            <numerusform>, %n 个跨划分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Problems:&lt;/b&gt; %1 error(s), %2 warning(s) (Problems tab)</source>
        <translation>&lt;b&gt;问题：&lt;/b&gt;%1 个错误，%2 个警告（“问题”选项卡）</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>train images</source>
        <translation>训练集图像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>labels per image (train)</source>
        <translation>每张图像的标签数（训练集）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::EvaluationPage</name>
    <message>
        <location filename="../gui/evaluation/evaluation_page.cpp" line="+103"/>
        <source>valid</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+177"/>
        <source>Evaluate a model on the open dataset.</source>
        <translation>在当前打开的数据集上评估模型。</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Decision threshold:</source>
        <translation>决策阈值：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positives</source>
        <translation>正样本数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best threshold</source>
        <translation>最佳阈值</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% of the true class</source>
        <translation>占真实类别的 %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>recall (%)</source>
        <translation>召回率 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision (%) — dots: the current threshold</source>
        <translation>精确率 (%) — 圆点：当前阈值</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>float32 (the network)</source>
        <translation>float32（网络本身）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8 (the model&apos;s int8 variant)</source>
        <translation>int8（模型的 int8 版本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bfloat16 (emulated on this processor: slow)</source>
        <translation>bfloat16（此处理器上为模拟：慢）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computed in:</source>
        <translation>计算精度：</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Most confident mistakes (double-click to open, with where the model looked)</source>
        <translation>最自信的错误（双击打开，可查看模型关注的位置）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a dataset and choose a model first.</source>
        <translation>请先打开数据集并选择模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluating…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2%)
true: %3</source>
        <translation>%1 (%2%)
真实类别：%3</translation>
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
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · 精确率 %2 · 召回率 %3 · %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · micro-F1 %1 · mAP %2 · threshold %3 (best %4 gives F1 %5)</source>
        <translation> · micro-F1 %1 · mAP %2 · 阈值 %3（最佳阈值 %4 时 F1 为 %5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · accuracy %1 · top-5 %2</source>
        <translation> · 准确率 %1 · top-5 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>balanced accuracy %1 · weakest class: &lt;b&gt;%2&lt;/b&gt;, F1 %3, recall %4</source>
        <translation>平衡准确率 %1 · 最弱类别：&lt;b&gt;%2&lt;/b&gt;，F1 %3，召回率 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computed in %1, as prediction computes it.</source>
        <translation>以 %1 计算，与预测的计算方式相同。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>predicted</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class (row %)</source>
        <translation>真实类别（按行 %）</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExplainedPicture</name>
    <message>
        <location filename="../gui/common/explained_picture.cpp" line="+70"/>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ExportPage</name>
    <message>
        <location filename="../gui/export/export_page.cpp" line="+49"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ONNX — for ONNX Runtime, OpenCV, TensorRT</source>
        <translation>ONNX — 用于 ONNX Runtime、OpenCV、TensorRT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript — for PyTorch and LibTorch</source>
        <translation>TorchScript — 用于 PyTorch 和 LibTorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FocoosAI reference checkpoint (STDC and ResNet-d models)</source>
        <translation>FocoosAI 参考检查点（STDC 和 ResNet-d 模型）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ONNX int8 (QDQ) — the model&apos;s int8 variant, for ONNX Runtime, TensorRT</source>
        <translation>ONNX int8（QDQ）— 模型的 int8 版本，用于 ONNX Runtime、TensorRT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination:</source>
        <translation>目标位置：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export and verify</source>
        <translation>导出并验证</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every export is loaded back right after it is written and compared with the model on a few images.</source>
        <translation>每次导出的文件写入后都会立即重新加载，并在若干张图像上与原模型进行比对。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faster prediction on the CPU: int8</source>
        <translation>在 CPU 上更快地预测：int8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make int8 variant</source>
        <translation>生成 int8 版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the checkpoint</source>
        <translation>检查点的保存文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calibrating on %1 of %2 pictures…</source>
        <translation>正在校准：第 %1 张，共 %2 张图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring on %1 of %2 validation pictures…</source>
        <translation>正在测量：第 %1 张，共 %2 张验证图片…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;No int8 variant:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;未生成 int8 版本：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2 % (float32 %3 %, %4 points); the same top class as float32 for %5 % of the validation pictures</source>
        <translation>%1 %2 %（float32 %3 %，%4 个百分点）；%5 % 的验证图片与 float32 的首选类别相同</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;This model has an int8 variant&lt;/b&gt;: %1. Prediction on the CPU uses it.</source>
        <translation>&lt;b&gt;此模型有 int8 版本&lt;/b&gt;：%1。CPU 上的预测使用它。</translation>
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
        <translation>准确率</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose a model first.</source>
        <translation>请先选择一个模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the dataset the model was trained on first: the int8 variant is calibrated and measured on its pictures.</source>
        <translation>请先打开训练该模型所用的数据集：int8 版本用它的图片校准和测量。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibrating…</source>
        <translation>正在校准…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b style=&apos;color:#1e8449&apos;&gt;Exported and verified.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1e8449&apos;&gt;已导出并通过验证。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Exported, but the check failed: the file does not reproduce the model.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;已导出，但验证失败：该文件与原模型的输出不一致。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Files: %1&lt;br&gt;Check: %2 on %3 images, largest logit difference %4 (limit %5).</source>
        <translation>&lt;br&gt;文件：%1&lt;br&gt;验证：使用 %2 在 %3 张图像上比对，最大 logit 差值 %4（容差 %5）。</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;Export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;导出失败：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An int8 variant computes in 8-bit integers: on the CPU it predicts up to about twice as fast. It is calibrated on pictures of the open dataset&apos;s training split and measured against the model on its validation split; you see what it costs and gains before you keep it.</source>
        <translation>int8 版本用 8 位整数计算：在 CPU 上预测速度最高约为两倍。它用已打开数据集训练部分的图片校准，并在其验证部分与模型比较；保留之前您可以看到它的代价和收益。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;int8 variant measured&lt;/b&gt; on %1 validation pictures (calibrated on %2): %3; %4 times the float32 speed on this computer. Keep it to predict with it on the CPU; the model itself stays as it is.</source>
        <translation>&lt;b&gt;int8 版本已测量&lt;/b&gt;，共 %1 张验证图片（用 %2 张校准）：%3；在此电脑上速度为 float32 的 %4 倍。保留它即可在 CPU 上用它预测；模型本身保持不变。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a model and a destination first.</source>
        <translation>请先选择模型和目标位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting and checking…</source>
        <translation>正在导出并验证…</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImagePreview</name>
    <message>
        <location filename="../gui/dataset/image_preview.cpp" line="+19"/>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no label</source>
        <translation>无标签</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select an image to see it here</source>
        <translation>选择一张图像以在此处查看</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ImageViewer</name>
    <message>
        <location filename="../gui/common/image_viewer.cpp" line="+35"/>
        <source>Show where the model looked</source>
        <translation>显示模型关注的位置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heat map: %1</source>
        <translation>没有热力图：%1</translation>
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
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Demo dataset ready.</source>
        <translation>演示数据集已就绪。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;run folder…</source>
        <translation>打开运行文件夹(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent datasets</source>
        <translation>最近的数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent models</source>
        <translation>最近的模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause / resume</source>
        <translation>暂停 / 继续(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Train image classifiers (FAI-CLS: a ResNet, STDC or EfficientNet backbone with an MLP head) on your own pictures, evaluate them, predict and export — offline, on the CPU or a CUDA GPU.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %3 · Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;使用您自己的图片训练图像分类器（FAI-CLS：ResNet、STDC 或 EfficientNet 主干网络加 MLP 分类头），并进行评估、预测和导出——完全离线，可在 CPU 或 CUDA GPU 上运行。&lt;/p&gt;&lt;p&gt;引擎：LibTorch %3 · Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the built-in catalogue only</source>
        <translation>无：仅使用内置目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by the environment variable %1</source>
        <translation>由环境变量 %1 设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra weights catalogue</source>
        <translation>附加权重目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra weights catalogue:</source>
        <translation>附加权重目录：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A folder for the new project (an empty one, or one to create)</source>
        <translation>新项目的文件夹（空文件夹或要新建的文件夹）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no project.json: not a project folder. To start one there, use File &gt; New project.</source>
        <translation>%1 中没有 project.json：不是项目文件夹。要在此处新建项目，请使用“文件 &gt; 新建项目”。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>FAI-CLS 模型 (*.faicls)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no metrics.jsonl: not a training run folder.</source>
        <translation>%1 中没有 metrics.jsonl：不是训练运行文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the demo dataset…</source>
        <translation>正在准备演示数据集…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training paused</source>
        <translation>训练已暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training and quit? The last finished epoch&apos;s checkpoint is kept and the run can be continued later.</source>
        <translation>要停止训练并退出吗？最近一个已完成轮次的检查点会被保留，稍后可以继续此次运行。</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPage</name>
    <message>
        <location filename="../gui/config/model_page.cpp" line="+79"/>
        <source>Backbone learning rate × %1.</source>
        <translation>主干网络学习率 × %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backbone learning rate × %1 (automatic: %2).</source>
        <translation>主干网络学习率 × %1（自动：%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from scratch</source>
        <translation>从头训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pretrained weights</source>
        <translation>预训练权重</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a preset…</source>
        <translation>选择预设…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, ImageNet-pretrained (recommended for photos)</source>
        <translation>ResNet-18，ImageNet 预训练（推荐用于照片）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, ImageNet-pretrained (more accurate, slower)</source>
        <translation>ResNet-50，ImageNet 预训练（更准确，更慢）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, ImageNet-pretrained</source>
        <translation>EfficientNet-B0，ImageNet 预训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MobileNetV2, ImageNet-pretrained (small and fast)</source>
        <translation>MobileNetV2，ImageNet 预训练（小而快）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS n — STDC nano, res4, from scratch (smallest, fastest)</source>
        <translation>FAI-CLS n — STDC nano，res4，从头训练（最小、最快）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS s — STDC small, res4, from scratch</source>
        <translation>FAI-CLS s — STDC small，res4，从头训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAI-CLS m — STDC small, res5, from scratch</source>
        <translation>FAI-CLS m — STDC small，res5，从头训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-18, from scratch</source>
        <translation>ResNet-18，从头训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ResNet-50, from scratch</source>
        <translation>ResNet-50，从头训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EfficientNet-B0, from scratch</source>
        <translation>EfficientNet-B0，从头训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A training is running with the settings it started with: changes made here apply to the next run.</source>
        <translation>正在进行的训练使用其启动时的设置：此处所做的更改将应用于下一次运行。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose weights file…</source>
        <translation>选择权重文件…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training recipe</source>
        <translation>训练方案</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load a configuration</source>
        <translation>加载配置</translation>
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
        <translation>保存配置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose pretrained weights</source>
        <translation>选择预训练权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>权重 (*.pth *.pt *.tar *.faicls);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Weights: random (from scratch). With few photos, an ImageNet-pretrained preset learns far more.</source>
        <translation>权重：随机（从头训练）。照片很少时，ImageNet 预训练的预设能学到多得多。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: the file %1.</source>
        <translation>权重：文件 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weights: the weights catalogue cannot be read.</source>
        <translation>权重：无法读取权重目录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights: %1 is not in the weights catalogue.</source>
        <translation>权重：%1 不在权重目录中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights: %1 — %2, licence %3</source>
        <translation>权重：%1 — %2，许可证 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, ImageNet top-1 %1 %</source>
        <translation>，ImageNet top-1 %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. On this computer: %1</source>
        <translation>。本机位置：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Not downloaded yet.</source>
        <translation>。尚未下载。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Not downloaded yet (%1).</source>
        <translation>。尚未下载（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has problems:
%2</source>
        <translation>%1 存在问题：
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 could not be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set by the size</source>
        <translation>由所选尺寸决定</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Ready: %1, features %2 (%3 channels), %n-layer head.</source>
        <translation>
            <numerusform>就绪：%1，特征 %2（%3 个通道），%n 层分类头。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) in the configuration: see the fields marked in red.</source>
        <translation>
            <numerusform>配置中有 %n 个问题：请查看标为红色的字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPicker</name>
    <message>
        <location filename="../gui/common/model_picker.cpp" line="+16"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a model</source>
        <translation>选择模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAI-CLS models (*.faicls)</source>
        <translation>FAI-CLS 模型 (*.faicls)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::PredictionPage</name>
    <message>
        <location filename="../gui/prediction/prediction_page.cpp" line="+56"/>
        <source>no class above the threshold</source>
        <translation>没有高于阈值的类别</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A trained model (.faicls)</source>
        <translation>已训练的模型 (.faicls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model&apos;s threshold</source>
        <translation>使用模型阈值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where the model looked</source>
        <translation>显示模型关注的位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A heat map (Grad-CAM) over the picture: red where the picture speaks most for the best class, blue where not at all</source>
        <translation>叠加在图片上的热力图（Grad-CAM）：红色表示最支持最佳类别的区域，蓝色表示完全不支持的区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add images…</source>
        <translation>添加图像…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict a folder…</source>
        <translation>预测文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Saved %n prediction(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条预测保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No heat map: %1</source>
        <translation>没有热力图：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>%n file(s) could not be read (shown in red).</source>
        <translation>
            <numerusform>有 %n 个文件无法读取（以红色显示）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Drop pictures or folders here, or paste a picture (Ctrl+V).</source>
        <translation>将图片或文件夹拖放到此处，或粘贴图片（Ctrl+V）。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Pictures to classify</source>
        <translation>要分类的图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder of pictures</source>
        <translation>图片文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the predictions</source>
        <translation>保存预测结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Choose a model first (a .faicls file).</source>
        <translation>请先选择模型（.faicls 文件）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to paste: copy a picture, or image files, to the clipboard first.</source>
        <translation>没有可粘贴的内容：请先将图片或图像文件复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No pictures found in %1</source>
        <translation>在 %1 中未找到图片</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Predicted with the model&apos;s int8 variant.</source>
        <translation>已用模型的 int8 版本预测。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted in bfloat16.</source>
        <translation>已以 bfloat16 预测。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 could not be read:
%2</source>
        <translation>无法读取 %1：
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be shown: %2</source>
        <translation>无法显示 %1：%2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>score (%)</source>
        <translation>得分 (%)</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ProjectController</name>
    <message>
        <location filename="../gui/app/project_controller.cpp" line="+92"/>
        <source>The project&apos;s model could not be opened: %1</source>
        <translation>无法打开项目的模型：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 opened.</source>
        <translation>已打开项目 %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Project %1 created.</source>
        <translation>已创建项目 %1。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The dataset&apos;s classes changed since the project was saved (new: %1; gone: %2). Runs trained before predict the old classes.</source>
        <translation>自项目保存以来，数据集的类别已更改（新增：%1；移除：%2）。之前训练的运行预测的仍是旧类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>faicls::gui::ReviewPage</name>
    <message>
        <location filename="../gui/review/review_page.cpp" line="+36"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Validation and test pictures (the model&apos;s scores)</source>
        <translation>验证和测试图片（模型的得分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training pictures (short trainings, cross-validated)</source>
        <translation>训练图片（短训练，交叉验证）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folds:</source>
        <translation>折数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs each:</source>
        <translation>每次轮数：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find likely label errors</source>
        <translation>查找可能的标注错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the pictures whose labels are likely wrong, and the copies the scan found; fix them with one key.</source>
        <translation>找出标注可能有误的图片以及扫描发现的副本；一键修正。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+263"/>
        <location line="+18"/>
        <source>Likely label errors (%1)</source>
        <translation>可能的标注错误（%1）</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+281"/>
        <source>Copies (%1)</source>
        <translation>副本（%1）</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Show where the model looked</source>
        <translation>显示模型关注的位置</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No heat map: %1</source>
        <translation>没有热力图：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accept the suggestion (A)</source>
        <translation>接受建议（A）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relabel (1–9)</source>
        <translation>重新标注（1–9）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exclude (X)</source>
        <translation>排除（X）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To train (T)</source>
        <translation>移到 train（T）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To valid (V)</source>
        <translation>移到 valid（V）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To test (E)</source>
        <translation>移到 test（E）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply the edits to the dataset…</source>
        <translation>将修改应用到数据集…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last apply</source>
        <translation>撤销上次应用</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Applied: %1 relabelled, %2 excluded, %3 moved. The dataset as it was is kept in %4.</source>
        <translation>已应用：重新标注 %1 张，排除 %2 张，移动 %3 张。原数据集保存在 %4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded pictures are in %1.</source>
        <translation>排除的图片在 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset is back as it was before the last apply.</source>
        <translation>数据集已恢复到上次应用之前的状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dataset was not changed: %1</source>
        <translation>数据集未被修改：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open a dataset first.</source>
        <translation>请先打开一个数据集。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Model page&apos;s settings have problems: fix them first (the trainings of the cross-validation follow them).</source>
        <translation>模型页的设置有问题：请先修正（交叉验证的训练遵循这些设置）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A training is running: wait for it or stop it first.</source>
        <translation>正在训练：请等待其结束或先停止它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a trained model first.</source>
        <translation>请先选择一个已训练的模型。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training %1 models, each on all folds but one…</source>
        <translation>正在训练 %1 个模型，每个使用除一折外的所有折…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring the validation and test pictures…</source>
        <translation>正在为验证和测试图片打分…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review cancelled.</source>
        <translation>审查已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review: %1</source>
        <translation>无法审查：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 pictures are likely labelled wrongly (confident learning%3).</source>
        <translation>%2 张图片中有 %1 张可能标注错误（置信学习%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, scores of models trained without them</source>
        <translation>，来自未用它们训练的模型的得分</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 Edits made now are not saved over it.</source>
        <translation>%1 现在所做的修改不会覆盖保存它。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kept in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not kept after the app closes: open or create a project for that</source>
        <translation>关闭应用后不会保留：请打开或创建一个项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No edits waiting.</source>
        <translation>没有待应用的修改。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n edit(s) waiting, %1.</source>
        <translation>
            <numerusform>%n 项修改待应用，%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy group %1 (same bytes)</source>
        <translation>副本组 %1（字节相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy group %1 (distance %2)</source>
        <translation>副本组 %1（距离 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labelled %1, looks like %2 (%3%)</source>
        <translation>标注为 %1，看起来像 %2（%3%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels %1: missing %2</source>
        <translation>标注 %1：缺少 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: wrong %2</source>
        <translation>标注 %1：错误 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels %1: missing %2, wrong %3</source>
        <translation>标注 %1：缺少 %2，错误 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No likely label errors to show: find them with a model.</source>
        <translation>没有可显示的可能标注错误：请用模型查找。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Split: %1 · labels: %2</source>
        <translation>划分：%1 · 标注：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model says %1 (%2%).</source>
        <translation>模型判断为 %1（%2%）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model misses %1.</source>
        <translation>模型认为缺少 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model doubts %1.</source>
        <translation>模型怀疑 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model misses %1 and doubts %2.</source>
        <translation>模型认为缺少 %1，并怀疑 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heat map shows where it sees %1.</source>
        <translation>热力图显示它在哪里看到 %1。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Apply the edits</source>
        <translation>应用修改</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Write %n edit(s) into the dataset at %1? The dataset as it is now is kept beside it, and &quot;Undo the last apply&quot; puts it back.</source>
        <translation>
            <numerusform>将 %n 项修改写入 %1 的数据集？当前数据集会保存在旁边，“撤销上次应用”可将其恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Applying %n edit(s)…</source>
        <translation>
            <numerusform>正在应用 %n 项修改…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::RunsTable</name>
    <message>
        <location filename="../gui/training/runs_table.cpp" line="+29"/>
        <source>training now</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted: can be continued</source>
        <translation>已中断：可继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: can be continued</source>
        <translation>失败：可继续</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select runs to draw their curves over the charts (Ctrl-click for several).</source>
        <translation>选择运行以在图表上叠加显示其曲线（按住 Ctrl 单击可多选）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this run&apos;s curves and make its best model the current one</source>
        <translation>显示此次运行的曲线，并将其最佳模型设为当前模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best F1</source>
        <translation>最佳 F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1, pretrained</source>
        <translation>%1，预训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from random weights</source>
        <translation>从随机权重开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>基于 %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename the run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>faicls::gui::StartPage</name>
    <message>
        <location filename="../gui/app/start_page.cpp" line="+28"/>
        <source>Train image classifiers on your own pictures, watch them learn, and use them — all on this computer.</source>
        <translation>用您自己的图片训练图像分类器，观察它们的学习过程并投入使用——一切都在这台电脑上完成。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder that keeps a dataset&apos;s trainings, their models and settings together, to come back to.</source>
        <translation>一个文件夹，集中保存某个数据集的各次训练及其模型和设置，方便以后继续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue where you left off.</source>
        <translation>从上次中断的地方继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a dataset…</source>
        <translation>打开数据集…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with one sub-folder per class, or a Roboflow / COCO export.</source>
        <translation>每个类别各占一个子文件夹的数据文件夹，或 Roboflow / COCO 导出的数据集。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trained model (.faicls) to predict with, evaluate or export.</source>
        <translation>用于预测、评估或导出的已训练模型 (.faicls)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fashion-MNIST pictures of clothes in ten classes, ready to train in a minute.</source>
        <translation>Fashion-MNIST 服装图片，共十个类别，一分钟内即可开始训练。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent datasets</source>
        <translation>最近的数据集</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet</source>
        <translation>暂无</translation>
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
%2 × %3 像素 · %4
%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no label</source>
        <translation>无标签</translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingCharts</name>
    <message>
        <location filename="../gui/training/training_charts.cpp" line="+66"/>
        <location line="+4"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss (smoothed)</source>
        <translation>训练损失（平滑）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training loss per epoch</source>
        <translation>每轮训练损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning rate (head)</source>
        <translation>学习率（分类头）</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (smoothed loss)</source>
        <translation>%1（平滑损失）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: F1</source>
        <translation>%1：F1</translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingPage</name>
    <message>
        <location filename="../gui/training/training_page.cpp" line="-17"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run folder:</source>
        <translation>运行文件夹：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+178"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue a run…</source>
        <translation>继续之前的运行…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save charts…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Not training.</source>
        <translation>未在训练。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Continue which run?</source>
        <translation>要继续哪次运行？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the charts</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Training could not run: %1</source>
        <translation>无法运行训练：%1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training could not run.</source>
        <translation>无法运行训练。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Continue it</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Open a dataset first (Dataset page).</source>
        <translation>请先打开数据集（“数据集”页面）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration has problems: see the Model page.</source>
        <translation>配置存在问题：请查看“模型”页面。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This dataset cannot be trained on yet:
%1</source>
        <translation>暂时无法在此数据集上训练：
%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training on %1, run folder %2</source>
        <translation>正在 %1 上训练，运行文件夹：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none open (Dataset page)</source>
        <translation>未打开（数据集页面）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 training, %3 validation images</source>
        <translation>%1 · %2 张训练图像，%3 张验证图像</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was trained on %2, which is no longer there, and the open dataset has other classes: open the run&apos;s dataset (moved?) to continue it.</source>
        <translation>%1 是在 %2 上训练的，该数据集已不存在，而当前打开的数据集类别不同：请打开该运行的数据集（已移动？）以继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run&apos;s dataset %1 is no longer there: continuing on the open one, %2.</source>
        <translation>该运行的数据集 %1 已不存在：在当前打开的数据集 %2 上继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continuing %1</source>
        <translation>正在继续 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run %1 stopped after epoch %2 of %3. Continue it where it stopped?</source>
        <translation>运行 %1 在第 %2 个轮次（共 %3 个）后停止。要从停止处继续吗？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次结束后停止…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (automatic)</source>
        <translation>%1（自动）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Epoch %1 of %2 · loss %3 · %4 images/s · %5 left</source>
        <translation>轮次 %1/%2 · 损失 %3 · %4 张图像/秒 · 剩余 %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Epoch %1: training loss %2, validation loss %3, F1 %4, precision %5, recall %6%7%8</source>
        <translation>轮次 %1：训练损失 %2，验证损失 %3，F1 %4，精确率 %5，召回率 %6%7%8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, accuracy %1</source>
        <translation>，准确率 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — best so far, saved</source>
        <translation>——目前最佳，已保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1: training loss %2</source>
        <translation>轮次 %1：训练损失 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Stopped after %n epoch(s); the last checkpoint is kept and the run can be continued.</source>
        <translation>
            <numerusform>已在 %n 个轮次后停止；最后的检查点已保留，可以继续此次运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished early (no better F1 for a while) after %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>已在 %n 个轮次后提前结束（F1 一段时间内未再提升）。最佳 F1：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>已完成 %n 个轮次。最佳 F1：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::WeightsDownloadDialog</name>
    <message>
        <location filename="../gui/config/weights_download_dialog.cpp" line="+19"/>
        <source>Downloading pretrained weights</source>
        <translation>正在下载预训练权重</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)
from %3</source>
        <translation>%1（%2）
来自 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling… (what came is kept; the next download resumes it)</source>
        <translation>正在取消…（已下载的部分会保留，下次下载从中断处继续）</translation>
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
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pretrained weights needed</source>
        <translation>需要预训练权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This network starts from the pretrained weights %1 (%2, %3), which are not on this computer yet.

Download them now (%4), or choose a weights file you have?</source>
        <translation>该网络从预训练权重 %1（%2，%3）开始，但本机上还没有这些权重。

现在下载（%4），还是选择已有的权重文件？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose pretrained weights</source>
        <translation>选择预训练权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (*.pth *.pt *.tar *.faicls);;All files (*)</source>
        <translation>权重 (*.pth *.pt *.tar *.faicls);;所有文件 (*)</translation>
    </message>
</context>
</TS>

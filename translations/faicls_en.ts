<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>faicls::gui::DatasetPage</name>
    <message numerus="yes">
        <location filename="../gui/dataset/dataset_page.cpp" line="+337"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %n class(es) · </source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %n class · </numerusform>
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
    <message numerus="yes">
        <location line="+97"/>
        <source>&lt;b&gt;Duplicates:&lt;/b&gt; %n group(s) of identical files</source>
        <translation>
            <numerusform>&lt;b&gt;Duplicates:&lt;/b&gt; %n group of identical files</numerusform>
            <numerusform>&lt;b&gt;Duplicates:&lt;/b&gt; %n groups of identical files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n across splits (they inflate validation figures)</source>
        <translation>
            <numerusform>, %n across splits (it inflates validation figures)</numerusform>
            <numerusform>, %n across splits (they inflate validation figures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; none (pictures within %n bit(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Near-duplicates:&lt;/b&gt; none (pictures within %n bit)</numerusform>
            <numerusform>&lt;b&gt;Near-duplicates:&lt;/b&gt; none (pictures within %n bits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Near-duplicates:&lt;/b&gt; %n group(s) of resized or re-encoded copies</source>
        <translation>
            <numerusform>&lt;b&gt;Near-duplicates:&lt;/b&gt; %n group of resized or re-encoded copies</numerusform>
            <numerusform>&lt;b&gt;Near-duplicates:&lt;/b&gt; %n groups of resized or re-encoded copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n across splits</source>
        <translation>
            <numerusform>, %n across splits</numerusform>
            <numerusform>, %n across splits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::EvaluationPage</name>
    <message numerus="yes">
        <location filename="../gui/evaluation/evaluation_page.cpp" line="+348"/>
        <source>&lt;b&gt;F1 %1&lt;/b&gt; · precision %2 · recall %3 · %n image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · precision %2 · recall %3 · %n image</numerusform>
            <numerusform>&lt;b&gt;F1 %1&lt;/b&gt; · precision %2 · recall %3 · %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::ModelPage</name>
    <message numerus="yes">
        <location filename="../gui/config/model_page.cpp" line="+352"/>
        <source>Ready: %1, features %2 (%3 channels), %n-layer head.</source>
        <translation>
            <numerusform>Ready: %1, features %2 (%3 channels), %n-layer head.</numerusform>
            <numerusform>Ready: %1, features %2 (%3 channels), %n-layer head.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) in the configuration: see the fields marked in red.</source>
        <translation>
            <numerusform>%n problem in the configuration: see the fields marked in red.</numerusform>
            <numerusform>%n problems in the configuration: see the fields marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::PredictionPage</name>
    <message numerus="yes">
        <location filename="../gui/prediction/prediction_page.cpp" line="+180"/>
        <source>Saved %n prediction(s) to %1</source>
        <translation>
            <numerusform>Saved %n prediction to %1</numerusform>
            <numerusform>Saved %n predictions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+204"/>
        <source>%n file(s) could not be read (shown in red).</source>
        <translation>
            <numerusform>%n file could not be read (shown in red).</numerusform>
            <numerusform>%n files could not be read (shown in red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::ReviewPage</name>
    <message numerus="yes">
        <location filename="../gui/review/review_page.cpp" line="+454"/>
        <source>%n edit(s) waiting, %1.</source>
        <translation>
            <numerusform>%n edit waiting, %1.</numerusform>
            <numerusform>%n edits waiting, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+265"/>
        <source>Write %n edit(s) into the dataset at %1? The dataset as it is now is kept beside it, and &quot;Undo the last apply&quot; puts it back.</source>
        <translation>
            <numerusform>Write %n edit into the dataset at %1? The dataset as it is now is kept beside it, and &quot;Undo the last apply&quot; puts it back.</numerusform>
            <numerusform>Write %n edits into the dataset at %1? The dataset as it is now is kept beside it, and &quot;Undo the last apply&quot; puts it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Applying %n edit(s)…</source>
        <translation>
            <numerusform>Applying %n edit…</numerusform>
            <numerusform>Applying %n edits…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faicls::gui::TrainingPage</name>
    <message numerus="yes">
        <location filename="../gui/training/training_page.cpp" line="+482"/>
        <source>Stopped after %n epoch(s); the last checkpoint is kept and the run can be continued.</source>
        <translation>
            <numerusform>Stopped after %n epoch; the last checkpoint is kept and the run can be continued.</numerusform>
            <numerusform>Stopped after %n epochs; the last checkpoint is kept and the run can be continued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished early (no better F1 for a while) after %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>Finished early (no better F1 for a while) after %n epoch. Best F1 %1.</numerusform>
            <numerusform>Finished early (no better F1 for a while) after %n epochs. Best F1 %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished %n epoch(s). Best F1 %1.</source>
        <translation>
            <numerusform>Finished %n epoch. Best F1 %1.</numerusform>
            <numerusform>Finished %n epochs. Best F1 %1.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/buildsamples.py" line="52"/>
        <source>LsmAlgorithm</source>
        <comment>The {} &apos;{}&apos; must be a point or polygon layer.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="68"/>
        <source>LsmAlgorithm</source>
        <comment>The {} &apos;{}&apos; cannot be transformed to the rasters&apos; CRS ({}): {}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="79"/>
        <source>LsmAlgorithm</source>
        <comment>{} feature(s) of the {} have no geometry and were skipped.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="86"/>
        <source>LsmAlgorithm</source>
        <comment>The {} &apos;{}&apos; has no point.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="91"/>
        <source>LsmAlgorithm</source>
        <comment>The {} &apos;{}&apos; has no polygon.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="138"/>
        <source>Sample layer (landslides and unlabeled cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="144"/>
        <source>Points of lsm:buildsamples: label 1/0, split train/test, one field per factor. Leave empty to give the landslide inventory instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="151"/>
        <source>Landslide inventory (instead of a sample layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="157"/>
        <source>Landslide points or polygons (centroid cell): the samples are built from it and the factor rasters as lsm:buildsamples does. Use lsm:buildsamples first for the other polygon modes, a study area, an exclusion buffer or a spatial split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="165"/>
        <source>Unlabeled cells per landslide (inventory input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="172"/>
        <source>With the inventory input: unlabeled cells drawn per landslide for the step classifier (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="179"/>
        <source>Train fraction (inventory input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="187"/>
        <source>With the inventory input: share of the landslides for training (default 0.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="189"/>
        <source>Factor rasters (for the prior maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="192"/>
        <source>Single bands are named after the layer, stack bands after their descriptions; the factor fields must be among these names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="199"/>
        <source>Factor fields (empty: every factor raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="207"/>
        <source>Numeric fields holding the factor values; each must have a factor raster of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="212"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="215"/>
        <source>Field with 1 for landslides and 0 for unlabeled cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="217"/>
        <source>Split field (train/test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="220"/>
        <source>Field with &apos;train&apos; or &apos;test&apos;; when the layer has no such field every point is training data and no test negatives are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="227"/>
        <source>PU method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="227"/>
        <source>Spy technique, two steps (Fu et al. 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="227"/>
        <source>Bagging-PU (Mordelet &amp; Vert 2014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="233"/>
        <source>How the prior model is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="235"/>
        <source>Spy fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="243"/>
        <source>Share of the landslides hidden among the unlabeled as spies (0.15: Fu et al. 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="245"/>
        <source>Spy noise share (spies allowed below the threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="253"/>
        <source>The threshold is the lowest spy score once this share of the lowest-scored spies is discarded as noise (0.05, after Liu et al. 2002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="260"/>
        <source>Trees of the step classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="268"/>
        <source>Random forest size (each tree sees a balanced bootstrap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="270"/>
        <source>Maximum tree depth (0: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="278"/>
        <source>Depth limit of the trees; 0 grows them fully as in Breiman&apos;s random forest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="280"/>
        <source>Jenks classes of the prior map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="288"/>
        <source>Classes of the exact Jenks classification of the prior map (5: very low ... very high, Fu et al. 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="295"/>
        <source>Prior classes giving negatives (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="300"/>
        <source>Class numbers from 1 (lowest prior) up; default 1,2 (very low and low, Fu et al. 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="304"/>
        <source>Negatives per landslide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="312"/>
        <source>Negatives drawn per landslide of each split (Fu et al. 2024 go up to 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="314"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="317"/>
        <source>Same seed and inputs give the same spies, models and negatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="319"/>
        <source>Parallel threads (0: all cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="327"/>
        <source>Threads used to fit and apply the forests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="329"/>
        <source>Copy the landslides into the output (label 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="332"/>
        <source>Also write the landslides of the sample layer, so the output feeds lsm:trainmodel directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="336"/>
        <source>Run store folder (run records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="342"/>
        <source>Folder of the run records the metrics dock reads; empty: &apos;lsm_runs&apos; beside the project or the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="361"/>
        <source>Reliable negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="368"/>
        <source>Prior map (train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="373"/>
        <source>Prior map (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="378"/>
        <source>Prior model bundle (train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="387"/>
        <source>Model bundle (*.lsmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="387"/>
        <source>Prior model bundle (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="396"/>
        <source>PU summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="401"/>
        <source>Run record file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="402"/>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="403"/>
        <source>Spy threshold (train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="404"/>
        <source>Training negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="405"/>
        <source>Test negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="37"/>
        <source>&amp;Landslide Susceptibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1109"/>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="44"/>
        <source>Compare runs: metrics, charts and outputs of the landslide susceptibility runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="79"/>
        <source>Bar chart of a metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="80"/>
        <source>Box plots over repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="81"/>
        <source>ROC curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="82"/>
        <source>PR curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="83"/>
        <source>Metric vs imbalance ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="84"/>
        <source>Class areas per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="145"/>
        <source>Charts need matplotlib ({}). Install it into the Python of QGIS (python3-matplotlib).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="199"/>
        <source>No run among the selection has {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="226"/>
        <source>{} of {} rows drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="235"/>
        <source>Box plots need repeated runs: select runs that differ only in their repeat index (same model, ratio and data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="264"/>
        <source>{} configuration(s) with a single run left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="301"/>
        <source>No run among the selection has a ROC curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="304"/>
        <source>False positive rate (1 - specificity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="305"/>
        <source>True positive rate (sensitivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="325"/>
        <source>{} run(s) without a curve left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="313"/>
        <source>No run among the selection has a PR curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="319"/>
        <source> no-skill ({:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="322"/>
        <source>Recall (sensitivity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="339"/>
        <source>No run among the selection has both a ratio and {} (run a saturation test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="369"/>
        <source>Negatives per positive (imbalance ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="374"/>
        <source>Points: mean over repeats; bars: ± sample sd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="379"/>
        <source>No run among the selection has class areas (maps classified into susceptibility classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="386"/>
        <source>% of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="386"/>
        <source>% of the landslides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="464"/>
        <source>Run store folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="467"/>
        <source>Folders read for run records; every run of every folder is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="469"/>
        <source>Add a run store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="472"/>
        <source>Stop reading the selected run store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="478"/>
        <source>Read the run stores again (they are also watched for changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="68"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="69"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="71"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="508"/>
        <source>Group repeats (mean ± sd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="509"/>
        <source>One row per configuration (algorithm, model, ratio, data, experiment): mean ± sample sd over its repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="516"/>
        <source>Run&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="517"/>
        <source>Best G-mean threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="518"/>
        <source>Which metrics of the records to compare: at the threshold the run reported (0.5 unless set), or at the threshold that maximises the G-mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="531"/>
        <source>Rename run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="534"/>
        <source>Delete selected runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="537"/>
        <source>Load the outputs of the selected runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="540"/>
        <source>Export the table to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="586"/>
        <source>Files of the run stores that could not be read, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="609"/>
        <source>Save the chart as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="671"/>
        <source>Run store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="685"/>
        <source>{} (project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="687"/>
        <source>Run store of the current project: the algorithms write here unless told otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="689"/>
        <source>The folder does not exist yet; it is watched and read once a run creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="801"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="811"/>
        <source>{}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="841"/>
        <source>{} of {} runs shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="843"/>
        <source> in {} groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="845"/>
        <source>; {} unreadable record(s) listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="847"/>
        <source>No run records yet. Runs of the models, SPY, saturation test and LSNet algorithms appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="946"/>
        <source>Chart of the selected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="949"/>
        <source>Chart of all rows shown (select rows to narrow it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="972"/>
        <source>Could not rename the run: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="981"/>
        <source>Rename run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="981"/>
        <source>New name of the run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="992"/>
        <source>… and {} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="993"/>
        <source>Delete {} run record(s)?

{}

The record files are removed from the run store; the output files of the runs are left on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="997"/>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1005"/>
        <source>Could not delete {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1012"/>
        <source>Table exported to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1016"/>
        <source>Export the runs table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1016"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1045"/>
        <source>Could not write {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1028"/>
        <source>Charts need matplotlib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1032"/>
        <source>Chart saved to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1038"/>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1038"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1092"/>
        <source>{} layer(s) loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1094"/>
        <source>The selected runs have no output layers (model bundles and reports are not layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1096"/>
        <source>Missing files: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1159"/>
        <source>&apos;{}&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="1161"/>
        <source>empty &apos;run_id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>OA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Specificity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>BA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>G-mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>ROC-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>PR-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="66"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="67"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="70"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="82"/>
        <source>ratio {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="159"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="162"/>
        <source>{}: higher is better; the best value is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="262"/>
        <source>Best value of this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="265"/>
        <source>Mean ± sample sd over {} runs: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="274"/>
        <source>{}
{} runs: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildSamplesAlgorithm</name>
    <message>
        <location filename="../algorithms/buildsamples.py" line="159"/>
        <source>Conditioning factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="162"/>
        <source>Single-band rasters (named after the layer) and/or multi-band stacks (one factor per band, named after the band description).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="169"/>
        <source>Categorical factors (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="172"/>
        <source>Names of the factors holding class codes (lithology, land cover, geological age).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="176"/>
        <source>Landslide inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="181"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="183"/>
        <source>Landslide cells of polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="183"/>
        <source>Centroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="183"/>
        <source>Highest cell on the DEM (main scarp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="183"/>
        <source>Every cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="189"/>
        <source>How a polygon gives positive cells; ignored for points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="191"/>
        <source>DEM (for the highest-cell mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="194"/>
        <source>Elevation on the factors&apos; grid; can be one of the factor rasters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="196"/>
        <source>Study area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="199"/>
        <source>Only cells inside these polygons are used (default: every valid cell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="201"/>
        <source>Number of unlabeled cells (0: use the ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="208"/>
        <source>Total number of unlabeled cells over train and test; 0 uses the ratio below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="210"/>
        <source>Unlabeled cells per landslide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="217"/>
        <source>Default 1 (a balanced sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="219"/>
        <source>Exclusion buffer around landslides (map units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="226"/>
        <source>No unlabeled cell is drawn within this distance of a landslide cell (in the rasters&apos; CRS units). Landslide cells themselves are always excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="233"/>
        <source>Train fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="241"/>
        <source>Share of the landslides used for training (default 0.7, the usual 70/30 split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="243"/>
        <source>Train/test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="243"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="243"/>
        <source>Spatial blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="249"/>
        <source>Random: landslides split at random. Spatial blocks: square blocks of the size below go whole to train or test, and so do their unlabeled cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="255"/>
        <source>Block size of the spatial split (map units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="262"/>
        <source>Side of the square blocks of the spatial split, in the rasters&apos; CRS units (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="268"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="275"/>
        <source>The same seed and inputs give the same samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="277"/>
        <source>Reference grid to align to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="280"/>
        <source>When the factors are not on one grid, they are resampled onto this raster&apos;s grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="284"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="285"/>
        <source>Points at cell centres (the factors&apos; CRS) with label, split, one field per factor, row and col.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="291"/>
        <source>Train landslides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="292"/>
        <source>Test landslides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="293"/>
        <source>Train unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="294"/>
        <source>Test unlabeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="295"/>
        <source>Factor fields (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="298"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="303"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="308"/>
        <source>Factor name(s) {} clash with the sample layer&apos;s own fields ({}): rename the layer(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="315"/>
        <source>The landslide inventory could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="328"/>
        <source>Factors ({}): {} on a {} x {} grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="340"/>
        <source>The highest-cell mode needs a DEM: choose the DEM parameter (e.g. the elevation factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="349"/>
        <source>The DEM &apos;{}&apos; is not on the factors&apos; grid ({}): resample it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="357"/>
        <source>study area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="380"/>
        <source>Samples: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="416"/>
        <source>Cannot write the samples: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="11"/>
        <source>Build samples from an inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="12"/>
        <source>Builds the sample table of a susceptibility study from a landslide inventory and the conditioning factor rasters: a point layer with `label` (1 landslide, 0 unlabeled), `split` (train/test), one field per factor (named after the layer, or the band description of a stack), and the cell&apos;s `row` and `col`. Points lie at cell centres.

PU testing method (Fu et al. 2024, IEEE JSTARS 17, section III.G): the landslides are split into train (default 70 %) and test first; the unlabeled cells for train and for test are then drawn independently and without repetition from two disjoint pools, so nothing leaks between the sets. The spatial split uses square blocks of the given size instead: whole blocks go to test, and the unlabeled pools follow the blocks.

Polygons: the cell of the centroid, the highest cell of the polygon on a DEM (an approximation of the main scarp, Fu et al. 2024), or every cell. Cells of inventory polygons, landslide cells and an optional buffer around them are never drawn as unlabeled. Unlabeled cells: the given number, or the ratio to the landslides (default 1, a balanced sample).

All factors must share the CRS and grid (differences below 1 % of a cell are accepted); otherwise choose a reference raster to align to (bilinear for continuous, nearest for categorical factors, through GDAL). Landslides outside the rasters, outside the study area or on nodata are dropped and counted in the log. At least 10 landslides must remain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateModelAlgorithm</name>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="84"/>
        <source>Model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="90"/>
        <source>A model bundle; the samples need a field per factor of the bundle. Trusted files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="94"/>
        <source>Susceptibility raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="95"/>
        <source>Instead of a bundle: a susceptibility raster (e.g. lsm:predictraster&apos;s output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="97"/>
        <source>Raster band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="102"/>
        <source>Threshold (landslide when score &gt;= threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="109"/>
        <source>Run name (for the run record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="115"/>
        <source>Write a run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="118"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="123"/>
        <source>ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="128"/>
        <source>Precision-recall curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="133"/>
        <source>ROC and PR curves (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="133"/>
        <source>PNG files (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="141"/>
        <source>Run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="142"/>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="143"/>
        <source>ROC-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="144"/>
        <source>PR-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="145"/>
        <source>Balanced accuracy at the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="146"/>
        <source>G-mean-best threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="159"/>
        <source>Give either a model bundle or a susceptibility raster (one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="174"/>
        <source>{} on {} test landslides and {} negatives of &apos;{}&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="185"/>
        <source>(columns: threshold {:.3f}, G-mean-best threshold {:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="263"/>
        <source>Run record: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="270"/>
        <source>Using the {} &apos;test&apos; rows of the split field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="279"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model, which needs its factor rasters: map it (lsm:lsnetpredict) and evaluate the map with the raster input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="322"/>
        <source>The samples layer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="293"/>
        <source>The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). Evaluate with samples that carry the bundle&apos;s factors ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="306"/>
        <source>Model {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="315"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="346"/>
        <source>{} test point(s) fall outside raster &apos;{}&apos; and {} on nodata: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="352"/>
        <source>No test point of &apos;{}&apos; falls on a value of raster &apos;{}&apos;: check that they cover the same area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="358"/>
        <source>Raster {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="373"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="383"/>
        <source>{} point(s) without a label were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="13"/>
        <source>Evaluate susceptibility model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="14"/>
        <source>Evaluates a model on test samples: either a model bundle (lsm:trainmodel, lsm:spysampling) applied to the samples&apos; factor fields (named as the bundle&apos;s factors), or a susceptibility raster sampled at the test points (points outside the raster or on nodata are left out and counted).

When the samples have a split field, only its &apos;test&apos; rows are used (lsm:buildsamples keeps them apart from training, Fu et al. 2024 III.G); otherwise every row is a test row.

Metrics (Fu et al. 2024 Table III, plus F1 and Cohen&apos;s kappa): overall accuracy, precision, sensitivity (recall), specificity, balanced accuracy, G-mean, F1, kappa at the chosen threshold (default 0.5) and at the threshold that maximises the G-mean on these samples (both reported; the latter is optimistic, as it is chosen on the test set), with the confusion matrices; ROC-AUC and PR-AUC (average precision), which need no threshold.

Outputs: the metrics table, the ROC curve (fpr, tpr, threshold) and precision-recall curve (recall, precision, threshold) as tables, a PNG of both curves, and a run record (JSON) for the metrics dock.

Bundles hold pickled Python objects: open only bundles from sources you trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorScreeningAlgorithm</name>
    <message>
        <location filename="../algorithms/factorscreening.py" line="80"/>
        <source>Sample layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="83"/>
        <source>Samples with factor fields and a label (e.g. from lsm:buildsamples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="85"/>
        <source>Factor fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="93"/>
        <source>Default: every numeric field but label, row, col, prior and fid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="95"/>
        <source>Label field (1 landslide, 0 other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="102"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="104"/>
        <source>Use only the training samples (split = &apos;train&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="107"/>
        <source>Keeps the test samples out of the screening; ignored when the layer has no &apos;split&apos; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="113"/>
        <source>Factor rasters (instead of samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="119"/>
        <source>VIF and correlation over all valid cells, streamed block by block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="121"/>
        <source>Mask (study area) for the rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="127"/>
        <source>Only cells inside these polygons count in raster mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="129"/>
        <source>Categorical factors (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="132"/>
        <source>Factors holding class codes: one-hot blocks with a generalised VIF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="134"/>
        <source>VIF threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="141"/>
        <source>Factors are removed while their VIF exceeds it (10: Zhang et al. 2022, Fan et al. 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="147"/>
        <source>|Pearson r| threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="155"/>
        <source>Pairs above it lose the member with the higher VIF (0.6: Zhang et al. 2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="157"/>
        <source>Random-forest trees (Gini importance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="164"/>
        <source>Trees of the random forest whose mean decrease in impurity ranks the factors (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="170"/>
        <source>Classes for the information gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="178"/>
        <source>Jenks natural-breaks classes of each continuous factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="180"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="183"/>
        <source>Seed of the random forest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="185"/>
        <source>Factor screening table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="188"/>
        <source>One row per factor: VIF, TOL, GVIF, max |r| and partner, Gini, information gain, kept/removed and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="194"/>
        <source>Correlation matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="197"/>
        <source>The factor correlation matrix, one row per factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="199"/>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="199"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="202"/>
        <source>Self-contained HTML with the table, the elimination order and the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="204"/>
        <source>Kept factors (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="205"/>
        <source>Removed factors (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="224"/>
        <source>Layer &apos;{}&apos; has no label field &apos;{}&apos; (its fields: {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="235"/>
        <source>Using the {} training samples of &apos;{}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="240"/>
        <source>Layer &apos;{}&apos; has no usable (labelled) sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="249"/>
        <source>Gini importance left out: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="267"/>
        <source>mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="286"/>
        <source>No sample layer given: importance (Gini, information gain) is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="292"/>
        <source>Give a sample layer (with its factor fields) or factor rasters to screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="298"/>
        <source>Categorical factor(s) {} are not among the factor fields ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="343"/>
        <source>Factor screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="345"/>
        <source>Kept factors: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="15"/>
        <source>Factor screening (VIF, correlation, importance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="16"/>
        <source>Screens conditioning factors for multicollinearity and ranks them, as the studies we follow do before any model is trained.

VIF and TOL (= 1/VIF) of every factor, exact: VIF_i = 1/(1-R_i^2) of the factor regressed on the others, the diagonal of the inverse correlation matrix. Perfectly collinear factors get VIF = inf. Pearson correlation matrix. Iterative elimination (Zhang et al. 2022; Fan et al. 2025): drop the factor with the highest VIF while any VIF exceeds the threshold (default 10), recomputing each time; then, while a pair of kept factors has |r| above the threshold (default 0.6), drop the member of the most correlated pair with the higher VIF.

Categorical factors take part as one-hot blocks (most frequent class as reference) through the generalised VIF of Fox &amp; Monette (1992), reported as GVIF^(1/df) so the same threshold applies; in the pairwise step and the matrix they count with the largest |r| of their indicator columns.

Importance (needs labelled samples): random-forest Gini importance (mean decrease in impurity) and information gain (entropy reduction of the landslide label after Jenks classing of each continuous factor). The Gini importance needs scikit-learn; without it, it is left out with a warning.

Input: a sample layer (from lsm:buildsamples) and its factor fields, by default only its training samples; or factor rasters (with an optional mask polygon layer): then VIF and correlation run over all valid cells, streamed block by block, and importance uses the sample layer when one is given.

Outputs: the factor table, the correlation matrix as a table, the kept factors as a comma-separated string (for the modeler) and an HTML report with a VIF chart (lines at 5 and 10), a correlation heat map and an importance chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrequencyRatioAlgorithm</name>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="58"/>
        <source>Conditioning factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="61"/>
        <source>Single-band rasters and/or multi-band stacks on one grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="63"/>
        <source>Categorical factors (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="66"/>
        <source>Classed by value (lithology, land cover, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="68"/>
        <source>Landslide inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="73"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="75"/>
        <source>Study area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="78"/>
        <source>Only cells inside these polygons count (default: every valid cell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="80"/>
        <source>Classes of continuous factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="80"/>
        <source>Jenks natural breaks (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="80"/>
        <source>Equal interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="80"/>
        <source>Quantile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="86"/>
        <source>Jenks natural breaks (exact, over all cells), equal intervals or quantiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="88"/>
        <source>Number of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="96"/>
        <source>Classes per continuous factor (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="98"/>
        <source>Frequency ratio table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="101"/>
        <source>One row per factor class: range, cells, % area, landslide cells, % landslides, FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="105"/>
        <source>Folder for FR rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="108"/>
        <source>One &apos;&lt;factor&gt;_fr.tif&apos; per factor, each cell holding the FR of its class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="110"/>
        <source>FR rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="115"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="123"/>
        <source>The landslide inventory could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="140"/>
        <source>{} landslide cell(s) outside the factor rasters were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="144"/>
        <source>No landslide of &apos;{}&apos; lies on the factor rasters: check that they overlap (and the CRS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="153"/>
        <source>Only {} landslide cell(s) of &apos;{}&apos; lie on the factor rasters: at least {} are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="160"/>
        <source>study area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="169"/>
        <source>Only {} landslide cell(s) fall on valid factor cells (at least {} are needed): check the inventory&apos;s overlap with the rasters and the study area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="184"/>
        <source>The FR raster &apos;{}&apos; would overwrite an input: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="17"/>
        <source>Frequency ratio of factor classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="18"/>
        <source>Frequency ratio (FR) of every class of every conditioning factor (Zhang et al. 2022): FR = (% of the landslide cells in the class) / (% of the area in the class). FR &gt; 1 marks classes with more landslides than their share of the area.

Continuous factors are classed by exact Jenks natural breaks over all valid cells (default), equal intervals or quantiles, into the given number of classes (default 5); categorical factors by value. Areas count each factor&apos;s valid cells (inside the optional study area); landslide points count the cell they fall in, polygons every cell whose centre they cover, each cell once.

Outputs: a table (factor, class, range, cells, % area, landslide cells, % landslides, FR) and, when an output folder is given, one FR-reclassified raster per factor (&apos;&lt;factor&gt;_fr.tif&apos;, Float32, same grid), usable as model inputs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JenksClassifyAlgorithm</name>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="78"/>
        <source>Susceptibility raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="79"/>
        <source>The susceptibility index (e.g. the output of lsm:predictraster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="81"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="83"/>
        <source>Number of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="91"/>
        <source>5 in the literature (Very low ... Very high). Ignored for user-given breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="93"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="93"/>
        <source>Jenks natural breaks (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="93"/>
        <source>Equal interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="93"/>
        <source>Quantile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="93"/>
        <source>User-given breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="106"/>
        <source>User-given breaks (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="109"/>
        <source>Inner break values, e.g. 0.2,0.4,0.6,0.8, for the user-given method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="111"/>
        <source>Class labels (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="114"/>
        <source>Default: Very low, Low, Moderate, High, Very high for 5 classes, else Class 1..k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="118"/>
        <source>Landslide inventory (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="124"/>
        <source>Points or polygons; adds % of landslides and the frequency ratio per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="126"/>
        <source>Classed susceptibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="129"/>
        <source>Class table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="137"/>
        <source>Class table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="137"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="175"/>
        <source>Class edges (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="176"/>
        <source>Goodness of variance fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="182"/>
        <source>Give the break values (comma separated) for user-given breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="189"/>
        <source>User-given breaks must be numbers separated by commas, got &apos;{}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="196"/>
        <source>The susceptibility raster could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="199"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>{} labels were given for {} classes: give one label per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="228"/>
        <source>Breaks ({}): {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="231"/>
        <source>Goodness of variance fit: {:.6f} over {} valid pixels ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="314"/>
        <source>The landslide layer has no geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="317"/>
        <source>No landslide polygon covers a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="324"/>
        <source>The landslide layer has no points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="327"/>
        <source>{} landslide point(s) outside the raster and {} on nodata were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="333"/>
        <source>No landslide point falls on a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="19"/>
        <source>Classify susceptibility (Jenks natural breaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="20"/>
        <source>Classes a susceptibility index raster into k classes (default 5: Very low, Low, Moderate, High, Very high), as in Fu et al. 2024 (IEEE JSTARS 17) and most susceptibility studies.

Jenks natural breaks are computed exactly over ALL valid pixels (not a sample as QGIS&apos;s graduated renderer or the ArcGIS/R toolpacks do): the Fisher dynamic programme minimising the within-class sum of squares runs on weighted units (distinct values, or histogram bins far from any break) with a divide-and-conquer optimisation, refining the bins around each break until it settles. The goodness of variance fit (GVF) of the breaks is always reported. Other methods: equal interval, quantile (exact), user-given breaks.

Outputs: the classed raster (Byte, classes 1..k, nodata 0, same grid), styled green to red with the labels; a class table (class, lower, upper, pixels, area, % of area; with a landslide layer also % of landslides and the frequency ratio = % landslides / % area) as a layer and as CSV; the breaks as a comma-separated string (for the modeler) and the GVF.

Landslides: points are counted in the cell they fall in; polygons count their cells (cell centre inside). Landslides outside the raster or on nodata are dropped and counted in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="146"/>
        <source>Run name (for the run record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="147"/>
        <source>With a run name, a model type or a run store, the class areas are written as a run record that the metrics dock shows in its class-area chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="155"/>
        <source>Model type of the map (for the run record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="158"/>
        <source>e.g. brf, easyensemble, smote_dnn, rf, dnn, lsnet: the dock groups class areas by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="161"/>
        <source>Run store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="167"/>
        <source>Folder of run records read by the metrics dock. Default (when a run name or model type is given): &apos;lsm_runs&apos; beside the saved project, else beside the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="177"/>
        <source>Run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="264"/>
        <source>Run record: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LsmAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="107"/>
        <source>Cancelled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="129"/>
        <source>Layer &apos;{}&apos; is not a valid raster layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="136"/>
        <source>Raster &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="153"/>
        <source>Several factor bands are named {}: rename the layers (or band descriptions) so each factor has its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="161"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="266"/>
        <source>Layer &apos;{}&apos; has no field(s) {} (its fields: {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="101"/>
        <source>The {} &apos;{}&apos; must be a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="5"/>
        <source>Factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="6"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="7"/>
        <source>Negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="8"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="9"/>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="10"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="227"/>
        <source>Cannot write the table &apos;{}&apos;: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LsmProvider</name>
    <message>
        <location filename="../plugin/provider.py" line="53"/>
        <source>Could not read the model {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="67"/>
        <source>Landslide susceptibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="70"/>
        <source>Landslide susceptibility {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LsnetPredictAlgorithm</name>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="53"/>
        <source>LSNet bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="56"/>
        <source>A .lsmodel file written by lsm:trainlsnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="58"/>
        <source>Factor rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="61"/>
        <source>The factors the network was trained on, named as at training (extra rasters are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="67"/>
        <source>Tile size: the inference batch (cells per side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="75"/>
        <source>The batch size of the dense inference: the network runs over square tiles of this many cells per side at once (256 x 256 = 65 536 cells per batch), not over a batch of patches. Larger tiles waste less on the halo but need more memory; 256 suits a CPU, 512 or 1024 a GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="83"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="84"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="86"/>
        <source>LSNet susceptibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="89"/>
        <source>Cells predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="107"/>
        <source>The LSNet map is written as GeoTIFF: give the output a .tif extension (got &apos;{}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="114"/>
        <source>LSNet with patch {} cells on {} x {} cells, tiles of {} cells, device {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="122"/>
        <source>{} cells predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="21"/>
        <source>Predict susceptibility with LSNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="22"/>
        <source>Maps the landslide probability of every cell with an LSNet bundle made by lsm:trainlsnet (Zhang et al. 2022, Geoscience Letters 9:26). The factor rasters are matched to the bundle by name (layer names, or band descriptions of a stack) and must have the training cell size.

The network is not run patch by patch: it is rewritten as a fully convolutional network (pooling with stride 1, later convolutions dilated, the dense layers as convolutions, batch norm folded) and run over square tiles read with a halo of half a patch, so each cell costs a fraction of a patch and tile edges are seamless; the result equals the patch network&apos;s on each cell&apos;s patch (float rounding aside). A CUDA GPU is used when the device is &apos;auto&apos; and torch sees one.

Nodata: a cell gets a probability when every factor has a value there; nodata cells inside its patch and cells beyond the raster edge are filled with the training mean and flagged in the mask channel, as in training. Cells with a nodata factor get the nodata value -9999.

Output: a Float32 GeoTIFF on the factors&apos; grid (styled green to red from 0 to 1). Progress is reported per tile; cancelling leaves no file behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictRasterAlgorithm</name>
    <message>
        <location filename="../algorithms/predictraster.py" line="84"/>
        <source>Model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="87"/>
        <source>A .lsmodel file written by lsm:trainmodel or lsm:spysampling (trusted files only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="91"/>
        <source>More bundles (repeated samplings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="97"/>
        <source>Further bundles trained on the same factors (e.g. repeated samplings): the map is the mean probability of all bundles and the uncertainty their standard deviation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="104"/>
        <source>Factor rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="107"/>
        <source>The factors the model was trained on, named as at training, on one grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="109"/>
        <source>Mask (study area polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="112"/>
        <source>Only cells whose centre is inside these polygons are predicted (any CRS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="114"/>
        <source>Cells per block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="121"/>
        <source>Cells read and predicted at once (rounded to the rasters&apos; blocks). Larger blocks amortise the model&apos;s per-call cost; memory grows with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="128"/>
        <source>Memory budget for blocks (MB, 0 = use cells per block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="135"/>
        <source>When set, the block size is chosen to keep the prediction&apos;s working memory near it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="140"/>
        <source>Threads (n_jobs, -1 = all cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="143"/>
        <source>Threads that predict each block (-1 all cores, -2 all but one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="145"/>
        <source>Device (torch models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="148"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU. Ignored by scikit-learn models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="153"/>
        <source>Dask scheduler address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="154"/>
        <source>e.g. tcp://10.0.0.5:8786: run the blocks on that Dask cluster. Empty: run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="157"/>
        <source>Susceptibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="158"/>
        <source>Uncertainty (standard deviation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="166"/>
        <source>Cells predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="167"/>
        <source>Mean probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="168"/>
        <source>Factors used (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="190"/>
        <source>The mask layer &apos;{}&apos; has no polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="195"/>
        <source>The mask layer &apos;{}&apos; does not overlap the factor rasters: check its CRS and extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="217"/>
        <source>The maps are written as GeoTIFF: give &apos;{}&apos; a .tif extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="228"/>
        <source>{} bundle(s) ({}) on {} x {} cells, factors {}, blocks of about {} cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="250"/>
        <source>{} cells predicted in {} blocks; probability min {:.4f}, mean {:.4f}, max {:.4f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="256"/>
        <source>Device: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="258"/>
        <source>Uncertainty: standard deviation across {} members, max {:.4f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="23"/>
        <source>Predict susceptibility map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../build/i18n_strings.py" line="24"/>
        <source>HTML report of the runs and maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="25"/>
        <source>Writes one self-contained HTML file (images embedded, no external files) that can be sent to a colleague: the metrics of every run record of the run store at the reported and at the G-mean-best threshold (best value of each column marked), the ROC and precision-recall curves overlaid, the class-area distribution, the maps (e.g. the susceptibility map of lsm:predictraster and the classes of lsm:jenksclassify) rendered with their layer style, or a green-to-red ramp when they have none, and the records that could not be read with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="67"/>
        <source>Run store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="70"/>
        <source>Folder of the run records (*.lsmrun.json) the algorithms wrote. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="77"/>
        <source>Maps to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="80"/>
        <source>Rasters drawn into the report in this order, e.g. the susceptibility map and its Jenks classes. Rasters of a few integer values are shown (and their area counted) as classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="87"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="132"/>
        <source>Landslide susceptibility report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="90"/>
        <source>Heading and window title of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="92"/>
        <source>Map image width (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="100"/>
        <source>Width of each rendered map; the height follows the map&apos;s extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="103"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="103"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="104"/>
        <source>The HTML file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="106"/>
        <source>Run records in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="107"/>
        <source>Unreadable records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="108"/>
        <source>Embedded images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="116"/>
        <source>&apos;{}&apos; is not a valid raster layer: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="124"/>
        <source>Choose where to write the report (an .html file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="129"/>
        <source>The run store folder &apos;{}&apos; does not exist: the report has no run records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="138"/>
        <source>Rendering {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="142"/>
        <source>&apos;{}&apos; could not be rendered: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="152"/>
        <source>Report with {} run record(s), {} map(s), {} image(s): {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="158"/>
        <source>{} file(s) of the run store are not readable records; the report lists why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaturationTestAlgorithm</name>
    <message>
        <location filename="../algorithms/saturationtest.py" line="85"/>
        <source>Test share of each class when there is no split field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="95"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="103"/>
        <source>Imbalance ratios (negatives per landslide, comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="108"/>
        <source>Fu et al. 2024: 2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="110"/>
        <source>Repeats (resamplings per model and ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="119"/>
        <source>Test set ratio (negatives per test landslide; 0 = all test negatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="128"/>
        <source>Model parameters (model.name=value; ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="135"/>
        <source>Saturation runs (long table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="140"/>
        <source>Saturation summary (mean and sd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="145"/>
        <source>Metrics vs ratio (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="145"/>
        <source>PNG files (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="153"/>
        <source>Group key of the run records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="154"/>
        <source>Number of fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="160"/>
        <source>Model parameter &apos;{}&apos; needs its model: write model.name=value (e.g. brf.n_estimators=200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="167"/>
        <source>Unknown model &apos;{}&apos; in the model parameters; models are {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="178"/>
        <source>Choose at least one model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="220"/>
        <source>{} run records written to {} (group {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="253"/>
        <source>Mean +/- sd (BA, ROC-AUC, PR-AUC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="268"/>
        <source>Saturation test - {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="26"/>
        <source>Saturation test (metrics vs imbalance ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="27"/>
        <source>The saturation test of Fu et al. 2024 (IEEE JSTARS 17, Table III and Fig. 11): how do imbalanced learners behave as more negatives per landslide are used for training?

The test set is fixed once: the test landslides and r_test negatives per test landslide (default 1:200) drawn from the test negatives. Then for each ratio (default 2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200) and each repeat (default 10), ratio x n training negatives are drawn without replacement from the training pool (the same draw for every model, so models are compared on the same data), each model is trained and evaluated on the fixed test set.

Samples: a layer with landslides and a pool of negatives (e.g. lsm:spysampling&apos;s reliable negatives merged with the landslides, or lsm:buildsamples&apos; output); the split field separates training and test rows; without it the layer is split at random (test share below), each class apart, into disjoint training and test pools. The pools must hold enough negatives for the largest ratios: the error message says how many are available.

Models: by default the four imbalanced learners of Fu et al. 2024 (balanced random forest, EasyEnsemble, SMOTE-DNN, ADASYN-DNN); the benchmarks and the other models may be added. Model parameters: &apos;model.name=value; ...&apos;, e.g. &apos;brf.n_estimators=200; smote_dnn.epochs=20&apos; (see lsm:trainmodel for the names and defaults).

Outputs: the long table (model, ratio, repeat, the ten metrics at threshold 0.5, the G-mean-best threshold, fit seconds, run id), the mean +/- standard deviation table per model and ratio, a PNG of every metric against the ratio (mean line, +/- sd band), and one run record per fit sharing a group key (the metrics dock groups them). Fits run in parallel threads with n_jobs &gt; 1; cancel stops between fits (and inside the forest and network fits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpySampling</name>
    <message>
        <location filename="../algorithms/spysampling.py" line="420"/>
        <source>Prior classes giving negatives: &apos;{}&apos; is not a comma-separated list of class numbers (e.g. 1,2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="427"/>
        <source>Prior classes giving negatives must be numbers from 1 to {} (the Jenks classes), leaving out at least the highest; got &apos;{}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="447"/>
        <source>Give a sample layer (from lsm:buildsamples) or a landslide inventory: the sample layer could not be read and no inventory was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="454"/>
        <source>Give either a sample layer or a landslide inventory, not both: with a sample layer the inventory is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="468"/>
        <source>Factor field(s) {} have no factor raster of the same name (rasters: {}). Add the rasters, or name the layers/band descriptions as the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="582"/>
        <source>Run record: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="609"/>
        <source>&apos;{}&apos; has no field &apos;{}&apos;: every point is training data, no test negatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="618"/>
        <source>The sample layer &apos;{}&apos; is in {} but the factor rasters are in {}: reproject the layer (Vector &gt; Data Management &gt; Reproject layer) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="635"/>
        <source>Field &apos;{}&apos; of &apos;{}&apos; holds {}: only &apos;train&apos; and &apos;test&apos; are understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="647"/>
        <source>{} point(s) outside the factor rasters were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="651"/>
        <source>{} point(s) without a value for every factor field were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="657"/>
        <source>No landslide of &apos;{}&apos; lies on the factor rasters with a value for every factor: check that the layer and the rasters cover the same area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="692"/>
        <source>Samples built from &apos;{}&apos;: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="709"/>
        <source>Field &apos;{}&apos; of &apos;{}&apos; must hold 1 (landslide) or 0 (unlabeled); it also holds {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="734"/>
        <source>The negatives output could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="28"/>
        <source>Reliable negatives (spy technique / Bagging-PU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="29"/>
        <source>Finds reliable non-landslide cells (negatives) by positive-unlabeled learning, following Fu et al. 2024 (IEEE JSTARS 17, &apos;An integrated framework of positive-unlabeled and imbalanced learning for landslide susceptibility mapping&apos;).

Input: the sample layer of lsm:buildsamples (points with &apos;label&apos; 1 landslide / 0 unlabeled, &apos;split&apos; train/test, one field per factor) and the factor rasters, named as the factor fields; or, instead of a sample layer, the landslide inventory itself: the samples are then built as lsm:buildsamples does (points, or the cell of each polygon&apos;s centroid; landslides split train/test by the train fraction; the given number of unlabeled cells per landslide drawn without repetition from disjoint train and test pools, never on a landslide cell).

Spy technique (two steps): a share of the training landslides (spy fraction, 0.15 in Fu et al. 2024) is hidden among the unlabeled; a random forest learns landslides-minus-spies against unlabeled+spies; the threshold is the lowest spy score once the lowest share of spies (noise share, default 0.05) is discarded; unlabeled cells scoring below it are relatively reliable negatives (RRN). Step 2 trains landslides against RRN: the prior model.
Bagging-PU (Mordelet &amp; Vert 2014): each tree sees all landslides and a bootstrap of the unlabeled of the same size; the ensemble is the prior model and unlabeled cells are scored out-of-bag.

The prior model is applied block by block over the factor rasters (the prior susceptibility map), classed by exact Jenks natural breaks (5 classes). Spy technique: the negatives are drawn at random from the chosen low classes (default 1,2: very low and low), never on a landslide cell. Bagging-PU: the negatives are the lowest-scored unlabeled cells (out-of-bag scores for the sample&apos;s unlabeled cells, the map&apos;s score elsewhere; ties at random); the negative classes do not apply and the summary&apos;s threshold is the highest score taken. Train and test are kept apart (Fu et al. 2024, III.G): one prior model per split, training negatives from the training prior, test negatives from the test prior, never the same cell.

The step classifier is a random forest whose trees each see a balanced bootstrap (Chen et al. 2004); unlabeled cells are scored out-of-bag. Each prior model is saved as a model bundle (lsm:predictraster can apply it). Bundles hold pickled Python objects: load only bundles you trust.

Outputs: the negatives (label 0, split, factor values, &apos;prior&apos; score; optionally with the landslides copied, label 1), the prior map(s), the bundles, a summary table (spies, threshold, RRN, negatives, share of unlabeled rejected, cells available in the low classes) and a run record for the metrics dock. When there is a test split, the record holds the metrics of the training prior on the test landslides against the test negatives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainLsnetAlgorithm</name>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="102"/>
        <source>Factor rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="105"/>
        <source>Continuous factor rasters on one grid (single bands named after the layer, stack bands after their descriptions). lsm:lsnetpredict needs rasters of the same names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="112"/>
        <source>Samples (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="115"/>
        <source>Landslides and non-landslides as points with a 0/1 label field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="117"/>
        <source>Label field (1 = landslide, 0 = not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="125"/>
        <source>&apos;label&apos; in lsm:buildsamples output (the default when left empty); &apos;lslpts&apos; in the bundled points_350.gpkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="132"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="140"/>
        <source>Field with &apos;train&apos; or &apos;test&apos; (and optionally &apos;validation&apos;) per sample. Empty: the field &apos;split&apos; when the layer has one, else a seeded test share is held out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="147"/>
        <source>Test share (when there is no split field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="155"/>
        <source>Share of each class kept for testing when the samples have no split field (70/30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="159"/>
        <source>Validation share for early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="167"/>
        <source>Share of the training samples held out to choose the best epoch (0: no early stopping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="171"/>
        <source>Patch size (cells, odd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="178"/>
        <source>Side of the square patch around each cell. Zhang et al. 2022 used 224 cells of 30 m; 33 cells (the default) cover about 330 m on 10 m data. Any odd size from 9 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="185"/>
        <source>Network width (feature maps of the first block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="192"/>
        <source>64 is the paper&apos;s network (64-128-128-256-256 feature maps, 1024-256-128 dense units); every layer scales with it. Smaller widths train and map faster on small data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="199"/>
        <source>Maximum epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="207"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="215"/>
        <source>Learning rate (Adam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>1e-4 in Zhang et al. 2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="225"/>
        <source>Early stopping patience (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="232"/>
        <source>Training stops after this many epochs without a better validation AUC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="234"/>
        <source>Augment by flips and 90-degree rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="237"/>
        <source>Each training patch is turned by one of the 8 flips/rotations at random. Turn it off for direction-dependent factors such as aspect or northness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="244"/>
        <source>Class balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="244"/>
        <source>Class weights (inverse frequency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="244"/>
        <source>Balanced sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="244"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="251"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="254"/>
        <source>Seeds the splits, the weights, the batches and the augmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="256"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="257"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="259"/>
        <source>LSNet bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="259"/>
        <source>LSM model bundles (*.lsmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="264"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="269"/>
        <source>Training curves (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="269"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="278"/>
        <source>Run store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="281"/>
        <source>Where the run record goes; default &apos;lsm_runs&apos; beside the project or the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="283"/>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="284"/>
        <source>Run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="285"/>
        <source>Test ROC-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="286"/>
        <source>Best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="291"/>
        <source>The patch size must be odd (the cell sits in its centre); {} is even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="325"/>
        <source>Field &apos;{}&apos; of layer &apos;{}&apos; holds {} value(s) other than 0 and 1 (or NULL): the label must be 1 for landslides and 0 for non-landslides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="351"/>
        <source>Field &apos;{}&apos; of layer &apos;{}&apos; holds value(s) {} besides &apos;train&apos;, &apos;test&apos; and &apos;validation&apos;: fix them or leave the split field empty to hold out a random test share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="375"/>
        <source>The sample layer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="407"/>
        <source>No sample of layer &apos;{}&apos; falls on the factor rasters: check that the layer and the rasters cover the same area (CRS {} vs the rasters&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="414"/>
        <source>{} sample(s) of &apos;{}&apos; fall outside the factor rasters and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="427"/>
        <source>{} sample(s) lie on nodata cells of a factor and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="434"/>
        <source>landslides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="434"/>
        <source>non-landslides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="436"/>
        <source>Layer &apos;{}&apos; has {} usable {} (label {} in &apos;{}&apos;); LSNet needs at least {} of each class. Add samples (lsm:buildsamples, lsm:spysampling) or check the label field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="456"/>
        <source>{} training, {} validation and {} test samples; patch {} cells, {} blocks {}, dense {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="469"/>
        <source>Device: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="489"/>
        <source>Test ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="495"/>
        <source>The test samples hold one class only: no test metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="538"/>
        <source>LSNet training ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="589"/>
        <source>Run record: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="30"/>
        <source>Train LSNet (CNN on factor patches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="31"/>
        <source>Trains LSNet (Zhang et al. 2022, Geoscience Letters 9:26): a convolutional network that reads a square patch of the factor rasters around a cell and gives the landslide probability of that cell. Architecture after the paper&apos;s Table 6, scaled to the patch: a 5x5 first convolution, then 3x3 convolutions, each with batch norm, ReLU and 2x2 max pooling (64, 128, 128, 256, 256 feature maps at width 64), then fully connected layers 1024, 256, 128 and 2 with softmax; the network width scales every layer. Convolutions are unpadded, and blocks are added while they fit the patch (33 cells: three blocks; 224 cells, the paper&apos;s: all five).

Samples: points with a 0/1 label field (1 = landslide), e.g. the output of lsm:buildsamples or lsm:spysampling, or any point layer such as the bundled points_350.gpkg (label field &apos;lslpts&apos;). Points are placed on the factors&apos; grid by their coordinates (reprojected when the layer&apos;s CRS differs). With a split field (&apos;train&apos;/&apos;test&apos;, optionally &apos;validation&apos;) the test samples are only used for the final metrics; without one, a seeded, stratified test share is held out. Early stopping watches the validation AUC on a seeded share of the training samples (or the &apos;validation&apos; samples) and keeps the weights of the best epoch.

Nodata: factors are standardised with the mean and standard deviation of the training patches (stored in the bundle). Nodata cells inside a patch and cells beyond the raster edge are filled with 0 (the training mean) and flagged in an extra mask channel, so the network sees where data is missing. Samples whose own cell is nodata are dropped (and counted in the log).

Training: Adam with learning rate 1e-4 (the paper&apos;s), cross-entropy loss weighted by inverse class frequency (or balanced sampling, or neither), augmentation by flips and 90-degree rotations, dropout 0.5 on the dense layers, batch norm. Seeds make runs repeatable on one machine. Device &apos;auto&apos; uses a CUDA GPU when torch sees one.

Outputs: an LSNet bundle (.lsmodel: weights, architecture, factor names, normalisation, patch size, library versions) for lsm:lsnetpredict; the training curves (loss and validation AUC per epoch) as a table and a PNG; a run record with the test metrics in the run store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/trainmodel.py" line="310"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="316"/>
        <source>Model type; the bundle and run record name it by its key ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="322"/>
        <source>Imbalance ratio (negatives per landslide; 0 = all negatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="329"/>
        <source>1 = balanced benchmark; Fu et al. 2024 use 1:2.5 to 1:200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="331"/>
        <source>Model parameters (name=value; ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="335"/>
        <source>Hyper-parameter search by cross-validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="335"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="335"/>
        <source>Stratified folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="335"/>
        <source>Spatial blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="343"/>
        <source>Cross-validation folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="353"/>
        <source>Spatial block size (map units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="362"/>
        <source>Cross-validation score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="367"/>
        <source>Search grid (name=v1,v2; ...; empty = default grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="371"/>
        <source>Factor rasters (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="374"/>
        <source>The factor rasters the model will be applied to: their names are checked against the factor fields and their CRS and cell size are recorded in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="383"/>
        <source>Write a run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="386"/>
        <source>Model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="386"/>
        <source>LSM model bundle (*{})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="391"/>
        <source>Run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="392"/>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="393"/>
        <source>ROC-AUC (test rows, else training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="394"/>
        <source>Balanced accuracy (test rows, else training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="427"/>
        <source>Training {} on {} landslides and {} negatives (1:{:.3g}) from &apos;{}&apos;; {} test rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="452"/>
        <source>Give a spatial block size above 0 map units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="469"/>
        <source>Best parameters by {} {} CV: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="481"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="483"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="497"/>
        <source>Model bundle written: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="535"/>
        <source>Run record: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="555"/>
        <source>Factor field(s) {} have no raster of that name among the factor rasters ({}); name the rasters as the fields when you apply the model (lsm:predictraster matches them by name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="566"/>
        <source>{} ({} landslides, {} negatives): OA {:.3f}, precision {:.3f}, sensitivity {:.3f}, specificity {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} at threshold {:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="32"/>
        <source>Train susceptibility model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="33"/>
        <source>Trains a landslide susceptibility model on samples (landslides = 1, negatives = 0) and saves it as a model bundle for lsm:predictraster and lsm:evaluatemodel.

Models: the imbalanced learners of Fu et al. 2024 (IEEE JSTARS 17): balanced random forest (brf: each tree on a balanced sample, n_pos draws with replacement per class; our implementation draws each tree&apos;s indices up front, so it stays fast at 1:200), EasyEnsemble (AdaBoost members on balanced under-samples, imbalanced-learn), SMOTE-DNN and ADASYN-DNN (imbalanced-learn oversampling, then a torch multilayer perceptron trained in mini-batches); their benchmarks random forest (rf) and neural network (dnn), meant for balanced data (ratio 1); and the SVM (RBF kernel) and kernel logistic regression (RBF features + logistic regression) of Zhang et al. 2022 (Geoscience Letters 9:26), with plain logistic regression (lr).

Negatives: with an imbalance ratio r &gt; 0, r negatives per training landslide are drawn (seeded, without replacement) from the training negatives of the layer (Fu et al. 2024 test 1:2.5 to 1:200); 1 gives the balanced benchmark; 0 uses every training negative. Only rows whose split field says &apos;train&apos; are used when the layer has one; the &apos;test&apos; rows give the test metrics of the run record.

Model parameters: &apos;name=value; name=value&apos; overriding the defaults, e.g. &apos;n_estimators=300; max_depth=12&apos;. brf / rf: n_estimators=100, max_features=sqrt, max_depth=None, min_samples_leaf=1. easyensemble: n_estimators=10 members, boost_estimators=50, learning_rate=1.0. dnn / smote_dnn / adasyn_dnn: hidden_layers=64x32, dropout=0.1, epochs=30, batch_size=512, learning_rate=0.001, weight_decay=1e-05 (+ k_neighbors=5 for the oversamplers). svm: C=1, gamma=scale. lr: C=1. klr: C=1, gamma=None (1/n_features), n_components=300.

Cross-validation (optional): a grid search on the training set, &apos;name=v1,v2; name=v1,v2&apos; (empty: a small default grid per model), by stratified folds or by spatial blocks (folds of whole square blocks of the given size in map units, so neighbouring cells do not sit on both sides), scored by ROC-AUC, PR-AUC, balanced accuracy, G-mean, F1 or kappa. The best combination is refitted on the whole training set.

Categorical factors are one-hot encoded and continuous ones standardised inside the saved pipeline, so the bundle takes raw factor values.

Model bundle format (.lsmodel): a ZIP archive with manifest.json (readable without loading the model: format, format_version, kind &apos;sklearn&apos;, model_type, factors in model order, categorical factors and their known categories, preprocessing, crs_wkt and cell_size of the training data, library versions, parameters, seed, data_hash (sha256 of the training table), training_metrics, test_metrics, ratio and counts) and model.pkl (the pickled pipeline; predict_proba takes raw factor values in manifest order). Loading a bundle checks its format, the library versions and the factor names. SECURITY: model.pkl is a Python pickle, which can run code when loaded: open bundles only from sources you trust.

A run record (JSON) goes into the run store folder for the metrics dock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

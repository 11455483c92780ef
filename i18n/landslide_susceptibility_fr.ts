<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/spysampling.py" line="171"/>
        <source>Sample layer (landslides and unlabeled cells)</source>
        <translation>Couche d'échantillons (glissements de terrain et cellules non étiquetées)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="177"/>
        <source>Points of lsm:buildsamples: label 1/0, split train/test, one field per factor. Leave empty to give the landslide inventory instead.</source>
        <translation>Points de lsm:buildsamples : étiquette 1/0, partition train/test, un champ par facteur. Laisser vide pour fournir plutôt l'inventaire des glissements de terrain.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="185"/>
        <source>Landslide inventory (instead of a sample layer)</source>
        <translation>Inventaire des glissements de terrain (au lieu d'une couche d'échantillons)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="191"/>
        <source>Landslide points or polygons (centroid cell): the samples are built from it and the factor rasters as lsm:buildsamples does. Use lsm:buildsamples first for the other polygon modes, a study area, an exclusion buffer or a spatial split.</source>
        <translation>Points ou polygones de glissements de terrain (cellule du centroïde) : les échantillons sont construits à partir de ceux-ci et des rasters de facteurs, comme le fait lsm:buildsamples. Utilisez d'abord lsm:buildsamples pour les autres modes de polygones, une zone d'étude, un tampon d'exclusion ou une partition spatiale.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="200"/>
        <source>Unlabeled cells per landslide (inventory input)</source>
        <translation>Cellules non étiquetées par glissement (entrée inventaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="207"/>
        <source>With the inventory input: unlabeled cells drawn per landslide for the step classifier (default 10).</source>
        <translation>Avec l'inventaire en entrée : cellules non étiquetées tirées par glissement de terrain pour le classifieur d'étape (10 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="215"/>
        <source>Train fraction (inventory input)</source>
        <translation>Fraction d'entraînement (entrée inventaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="223"/>
        <source>With the inventory input: share of the landslides for training (default 0.7).</source>
        <translation>Avec l'inventaire en entrée : part des glissements de terrain destinée à l'entraînement (0,7 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="226"/>
        <source>Factor rasters (for the prior maps)</source>
        <translation>Rasters de facteurs (pour les cartes a priori)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="229"/>
        <source>Single bands are named after the layer, stack bands after their descriptions; the factor fields must be among these names.</source>
        <translation>Les bandes uniques sont nommées d'après la couche, les bandes d'une pile d'après leur description ; les champs de facteurs doivent figurer parmi ces noms.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="249"/>
        <source>Factor fields (empty: every factor raster)</source>
        <translation>Champs de facteurs (vide : tous les rasters de facteurs)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="257"/>
        <source>Numeric fields holding the factor values; each must have a factor raster of the same name.</source>
        <translation>Champs numériques contenant les valeurs des facteurs ; chacun doit avoir un raster de facteur du même nom.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="263"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation>Champ d'étiquette (1 glissement, 0 non étiqueté)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="266"/>
        <source>Field with 1 for landslides and 0 for unlabeled cells.</source>
        <translation>Champ valant 1 pour les glissements de terrain et 0 pour les cellules non étiquetées.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="267"/>
        <source>Split field (train/test)</source>
        <translation>Champ de partition (train/test)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="270"/>
        <source>Field with &apos;train&apos; or &apos;test&apos;; when the layer has no such field every point is training data and no test negatives are drawn.</source>
        <translation>Champ valant « train » ou « test » ; si la couche n'a pas ce champ, chaque point est une donnée d'entraînement et aucun négatif de test n'est tiré.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="122"/>
        <source>PU method</source>
        <translation>Méthode PU</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="122"/>
        <source>Spy technique, two steps (Fu et al. 2024)</source>
        <translation>Technique des espions, deux étapes (Fu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="122"/>
        <source>Bagging-PU (Mordelet &amp; Vert 2014)</source>
        <translation>Bagging-PU (Mordelet &amp; Vert 2014)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="131"/>
        <source>How the prior model is found.</source>
        <translation>Comment le modèle a priori est obtenu.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="151"/>
        <source>Spy fraction</source>
        <translation>Fraction d'espions</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="159"/>
        <source>Share of the landslides hidden among the unlabeled as spies (0.15: Fu et al. 2024).</source>
        <translation>Part des glissements de terrain cachés parmi les non étiquetés comme espions (0,15 : Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="166"/>
        <source>Spy noise share (spies allowed below the threshold)</source>
        <translation>Part de bruit des espions (espions admis sous le seuil)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="174"/>
        <source>The threshold is the lowest spy score once this share of the lowest-scored spies is discarded as noise (0.05, after Liu et al. 2002).</source>
        <translation>Le seuil est le plus faible score d'espion une fois cette part des espions les moins bien notés écartée comme bruit (0,05, d'après Liu et al. 2002).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="184"/>
        <source>Trees of the step classifier</source>
        <translation>Arbres du classifieur d'étape</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="192"/>
        <source>Random forest size (each tree sees a balanced bootstrap).</source>
        <translation>Taille de la forêt aléatoire (chaque arbre voit un bootstrap équilibré).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="197"/>
        <source>Maximum tree depth (0: unlimited)</source>
        <translation>Profondeur maximale des arbres (0 : illimitée)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="205"/>
        <source>Depth limit of the trees; 0 grows them fully as in Breiman&apos;s random forest.</source>
        <translation>Limite de profondeur des arbres ; 0 les développe entièrement comme dans la forêt aléatoire de Breiman.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="213"/>
        <source>Jenks classes of the prior map</source>
        <translation>Classes de Jenks de la carte a priori</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="221"/>
        <source>Classes of the exact Jenks classification of the prior map (5: very low ... very high, Fu et al. 2024).</source>
        <translation>Nombre de classes de la classification exacte de Jenks de la carte a priori (5 : très faible ... très élevée, Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="231"/>
        <source>Prior classes giving negatives (comma separated)</source>
        <translation>Classes a priori fournissant les négatifs (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="236"/>
        <source>Class numbers from 1 (lowest prior) up; default 1,2 (very low and low, Fu et al. 2024).</source>
        <translation>Numéros de classe à partir de 1 (a priori le plus faible) ; par défaut 1,2 (très faible et faible, Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="244"/>
        <source>Negatives per landslide</source>
        <translation>Négatifs par glissement de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="252"/>
        <source>Negatives drawn per landslide of each split (Fu et al. 2024 go up to 200).</source>
        <translation>Négatifs tirés par glissement de terrain de chaque partition (Fu et al. 2024 vont jusqu'à 200).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="118"/>
        <source>Same seed and inputs give the same spies, models and negatives.</source>
        <translation>La même graine et les mêmes entrées donnent les mêmes espions, modèles et négatifs.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="277"/>
        <source>Copy the landslides into the output (label 1)</source>
        <translation>Copier les glissements de terrain dans la sortie (étiquette 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="282"/>
        <source>Also write the landslides of the sample layer, so the output feeds lsm:trainmodel directly.</source>
        <translation>Écrire aussi les glissements de terrain de la couche d'échantillons, pour que la sortie alimente directement lsm:trainmodel.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="136"/>
        <source>Folder of the run records the metrics dock reads; empty: &apos;lsm_runs&apos; beside the project or the output.</source>
        <translation>Dossier des fiches d'exécution lues par le panneau des métriques ; vide : « lsm_runs » à côté du projet ou de la sortie.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="281"/>
        <source>Reliable negatives</source>
        <translation>Négatifs fiables</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="285"/>
        <source>Prior map (train)</source>
        <translation>Carte a priori (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="286"/>
        <source>Prior map (test)</source>
        <translation>Carte a priori (test)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="288"/>
        <source>Prior model bundle (train)</source>
        <translation>Paquet du modèle a priori (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="287"/>
        <source>Model bundle (*.lsmodel)</source>
        <translation>Paquet de modèle (*.lsmodel)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="288"/>
        <source>Prior model bundle (test)</source>
        <translation>Paquet du modèle a priori (test)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="293"/>
        <source>PU summary</source>
        <translation>Résumé PU</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="294"/>
        <source>Run record file</source>
        <translation>Fichier de fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="103"/>
        <source>Run id</source>
        <translation>Identifiant d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="296"/>
        <source>Spy threshold (train)</source>
        <translation>Seuil des espions (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="297"/>
        <source>Training negatives</source>
        <translation>Négatifs d'entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="298"/>
        <source>Test negatives</source>
        <translation>Négatifs de test</translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="41"/>
        <source>&amp;Landslide Susceptibility</source>
        <translation>&amp;Susceptibilité aux glissements de terrain</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="139"/>
        <source>Compare runs</source>
        <translation>Comparer les exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="48"/>
        <source>Compare runs: metrics, charts and outputs of the landslide susceptibility runs</source>
        <translation>Comparer les exécutions : métriques, graphiques et sorties des exécutions de susceptibilité aux glissements de terrain</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="29"/>
        <source>Bar chart of a metric</source>
        <translation>Diagramme en barres d'une métrique</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="30"/>
        <source>Box plots over repeats</source>
        <translation>Boîtes à moustaches sur les répétitions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="31"/>
        <source>ROC curves</source>
        <translation>Courbes ROC</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="32"/>
        <source>PR curves</source>
        <translation>Courbes PR</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="33"/>
        <source>Metric vs imbalance ratio</source>
        <translation>Métrique selon le ratio de déséquilibre</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="34"/>
        <source>Class areas per model</source>
        <translation>Surfaces des classes par modèle</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="79"/>
        <source>Charts need matplotlib ({}). Install it into the Python of QGIS (python3-matplotlib).</source>
        <translation>Les graphiques nécessitent matplotlib ({}). Installez-le dans le Python de QGIS (python3-matplotlib).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="133"/>
        <source>No run among the selection has {}.</source>
        <translation>Aucune exécution de la sélection n'a {}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="148"/>
        <source>{} of {} rows drawn.</source>
        <translation>{} lignes tracées sur {}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="157"/>
        <source>Box plots need repeated runs: select runs that differ only in their repeat index (same model, ratio and data).</source>
        <translation>Les boîtes à moustaches nécessitent des exécutions répétées : sélectionnez des exécutions qui ne diffèrent que par leur indice de répétition (même modèle, ratio et données).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="176"/>
        <source>{} configuration(s) with a single run left out.</source>
        <translation>{} configuration(s) à exécution unique écartée(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="196"/>
        <source>No run among the selection has a ROC curve.</source>
        <translation>Aucune exécution de la sélection n'a de courbe ROC.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="193"/>
        <source>{} run(s) without a curve left out.</source>
        <translation>{} exécution(s) sans courbe écartée(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="199"/>
        <source>No run among the selection has a PR curve.</source>
        <translation>Aucune exécution de la sélection n'a de courbe PR.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="17"/>
        <source> no-skill ({:.2f})</source>
        <translation> sans compétence ({:.2f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="14"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="204"/>
        <source>No run among the selection has both a ratio and {} (run a saturation test).</source>
        <translation>Aucune exécution de la sélection n'a à la fois un ratio et {} (lancez un test de saturation).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="20"/>
        <source>Negatives per positive (imbalance ratio)</source>
        <translation>Négatifs par positif (ratio de déséquilibre)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="223"/>
        <source>Points: mean over repeats; bars: ± sample sd.</source>
        <translation>Points : moyenne sur les répétitions ; barres : ± écart-type d'échantillon.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="228"/>
        <source>No run among the selection has class areas (maps classified into susceptibility classes).</source>
        <translation>Aucune exécution de la sélection n'a de surfaces de classes (cartes classées en classes de susceptibilité).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="235"/>
        <source>% of the area</source>
        <translation>% de la surface</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="235"/>
        <source>% of the landslides</source>
        <translation>% des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="193"/>
        <source>Run store folders</source>
        <translation>Dossiers de registres d'exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="196"/>
        <source>Folders read for run records; every run of every folder is listed.</source>
        <translation>Dossiers lus pour les fiches d'exécution ; chaque exécution de chaque dossier est listée.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="198"/>
        <source>Add a run store folder</source>
        <translation>Ajouter un dossier de registre d'exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="201"/>
        <source>Stop reading the selected run store folder</source>
        <translation>Ne plus lire le dossier de registre d'exécutions sélectionné</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="207"/>
        <source>Read the run stores again (they are also watched for changes)</source>
        <translation>Relire les registres d'exécutions (leurs modifications sont aussi surveillées)</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="125"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="126"/>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="128"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="243"/>
        <source>Group repeats (mean ± sd)</source>
        <translation>Grouper les répétitions (moyenne ± écart-type)</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="244"/>
        <source>One row per configuration (algorithm, model, ratio, data, experiment): mean ± sample sd over its repeats</source>
        <translation>Une ligne par configuration (algorithme, modèle, ratio, données, expérience) : moyenne ± écart-type d'échantillon sur ses répétitions</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="251"/>
        <source>Run&apos;s threshold</source>
        <translation>Seuil de l'exécution</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="252"/>
        <source>Best G-mean threshold</source>
        <translation>Meilleur seuil G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="253"/>
        <source>Which metrics of the records to compare: at the threshold the run reported (0.5 unless set), or at the threshold that maximises the G-mean</source>
        <translation>Quelles métriques des fiches comparer : au seuil indiqué par l'exécution (0,5 sauf indication contraire), ou au seuil qui maximise la G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="266"/>
        <source>Rename run…</source>
        <translation>Renommer l'exécution…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="269"/>
        <source>Delete selected runs…</source>
        <translation>Supprimer les exécutions sélectionnées…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="272"/>
        <source>Load the outputs of the selected runs</source>
        <translation>Charger les sorties des exécutions sélectionnées</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="275"/>
        <source>Export the table to CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="307"/>
        <source>Files of the run stores that could not be read, with the reason</source>
        <translation>Fichiers des registres d'exécutions qui n'ont pas pu être lus, avec la raison</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="368"/>
        <source>Save the chart as PNG or SVG…</source>
        <translation>Enregistrer le graphique en PNG ou SVG…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="232"/>
        <source>Run store folder</source>
        <translation>Dossier du registre d'exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="155"/>
        <source>{} (project)</source>
        <translation>{} (projet)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="156"/>
        <source>Run store of the current project: the algorithms write here unless told otherwise.</source>
        <translation>Registre d'exécutions du projet courant : les algorithmes y écrivent sauf indication contraire.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="164"/>
        <source>The folder does not exist yet; it is watched and read once a run creates it.</source>
        <translation>Le dossier n'existe pas encore ; il est surveillé et sera lu dès qu'une exécution le crée.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="422"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="432"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="504"/>
        <source>{} of {} runs shown</source>
        <translation>{} exécutions affichées sur {}</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="508"/>
        <source>; {} unreadable record(s) listed below</source>
        <translation>; {} fiche(s) illisible(s) listée(s) ci-dessous</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="501"/>
        <source>No run records yet. Runs of the models, SPY, saturation test and LSNet algorithms appear here.</source>
        <translation>Aucune fiche d'exécution pour l'instant. Les exécutions des modèles, de SPY, du test de saturation et des algorithmes LSNet apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="676"/>
        <source>Chart of the selected rows.</source>
        <translation>Graphique des lignes sélectionnées.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="154"/>
        <source>Could not rename the run: {}</source>
        <translation>Impossible de renommer l'exécution : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="163"/>
        <source>Rename run</source>
        <translation>Renommer l'exécution</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="163"/>
        <source>New name of the run:</source>
        <translation>Nouveau nom de l'exécution :</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="128"/>
        <source>… and {} more</source>
        <translation>… et {} de plus</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="129"/>
        <source>Delete {} run record(s)?

{}

The record files are removed from the run store; the output files of the runs are left on disk.</source>
        <translation>Supprimer {} fiche(s) d'exécution ?

{}

Les fichiers des fiches sont retirés du registre d'exécutions ; les fichiers de sortie des exécutions restent sur le disque.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="172"/>
        <source>Delete runs</source>
        <translation>Supprimer les exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="180"/>
        <source>Could not delete {}: {}</source>
        <translation>Impossible de supprimer {} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="190"/>
        <source>Table exported to {}</source>
        <translation>Tableau exporté vers {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="194"/>
        <source>Export the runs table</source>
        <translation>Exporter le tableau des exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="194"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="223"/>
        <source>Could not write {}: {}</source>
        <translation>Impossible d'écrire {} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="206"/>
        <source>Charts need matplotlib.</source>
        <translation>Les graphiques nécessitent matplotlib.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="210"/>
        <source>Chart saved to {}</source>
        <translation>Graphique enregistré dans {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="216"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="216"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="116"/>
        <source>{} layer(s) loaded.</source>
        <translation>{} couche(s) chargée(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="118"/>
        <source>The selected runs have no output layers (model bundles and reports are not layers).</source>
        <translation>Les exécutions sélectionnées n'ont pas de couche en sortie (les paquets de modèle et les rapports ne sont pas des couches).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="120"/>
        <source>Missing files: {}</source>
        <translation>Fichiers manquants : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="89"/>
        <source>&apos;{}&apos; is not an object</source>
        <translation>« {} » n'est pas un objet</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="91"/>
        <source>empty &apos;run_id&apos;</source>
        <translation>« run_id » vide</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>OA</source>
        <translation>OA</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>BA</source>
        <translation>BA</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>G-mean</source>
        <translation>G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="58"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="122"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="123"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="124"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="127"/>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="141"/>
        <source>ratio {}</source>
        <translation>ratio {}</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="219"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="346"/>
        <source>Mean ± sample sd over {} runs: {}</source>
        <translation>Moyenne ± écart-type d'échantillon sur {} exécutions : {}</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="355"/>
        <source>{}
{} runs: {}</source>
        <translation>{}
{} exécutions : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="121"/>
        <source>Threads used to fit and apply the forests (-1: all cores).</source>
        <translation>Fils d'exécution utilisés pour ajuster et appliquer les forêts (-1 : tous les cœurs).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="79"/>
        <source>Seeds the splits, the weights, the batches and the augmentation.</source>
        <translation>Initialise les partitions, les poids, les lots et l'augmentation.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="84"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto : un GPU CUDA si torch en voit un, sinon le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="85"/>
        <source>LSM model bundles (*.lsmodel)</source>
        <translation>Paquets de modèle LSM (*.lsmodel)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="85"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="86"/>
        <source>LSNet bundle</source>
        <translation>Paquet LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="89"/>
        <source>Training curves</source>
        <translation>Courbes d'entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="94"/>
        <source>Training curves (PNG)</source>
        <translation>Courbes d'entraînement (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="99"/>
        <source>Where the run record goes; default &apos;lsm_runs&apos; beside the project or the bundle.</source>
        <translation>Où va la fiche d'exécution ; par défaut « lsm_runs » à côté du projet ou du paquet.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="104"/>
        <source>Run record</source>
        <translation>Fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="105"/>
        <source>Test ROC-AUC</source>
        <translation>ROC-AUC de test</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="106"/>
        <source>Best epoch</source>
        <translation>Meilleure époque</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="110"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="111"/>
        <source>Continuous factor rasters on one grid (single bands named after the layer, stack bands after their descriptions). lsm:lsnetpredict needs rasters of the same names.</source>
        <translation>Rasters de facteurs continus sur une même grille (bandes uniques nommées d'après la couche, bandes d'une pile d'après leur description). lsm:lsnetpredict a besoin de rasters de mêmes noms.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="132"/>
        <source>Samples (points)</source>
        <translation>Échantillons (points)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="133"/>
        <source>Landslides and non-landslides as points with a 0/1 label field.</source>
        <translation>Glissements et non-glissements sous forme de points avec un champ d'étiquette 0/1.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="134"/>
        <source>Label field (1 = landslide, 0 = not)</source>
        <translation>Champ d'étiquette (1 = glissement, 0 = non)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="142"/>
        <source>&apos;label&apos; in lsm:buildsamples output (the default when left empty); &apos;lslpts&apos; in the bundled points_350.gpkg.</source>
        <translation>« label » dans la sortie de lsm:buildsamples (valeur par défaut si laissé vide) ; « lslpts » dans le points_350.gpkg fourni.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="150"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Champ de partition (« train » / « test »)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="158"/>
        <source>Field with &apos;train&apos; or &apos;test&apos; (and optionally &apos;validation&apos;) per sample. Empty: the field &apos;split&apos; when the layer has one, else a seeded test share is held out.</source>
        <translation>Champ valant « train » ou « test » (et éventuellement « validation ») par échantillon. Vide : le champ « split » si la couche en a un, sinon une part de test tirée avec la graine est mise de côté.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="166"/>
        <source>Test share (when there is no split field)</source>
        <translation>Part de test (en l'absence de champ de partition)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="174"/>
        <source>Share of each class kept for testing when the samples have no split field (70/30).</source>
        <translation>Part de chaque classe réservée au test lorsque les échantillons n'ont pas de champ de partition (70/30).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="175"/>
        <source>Validation share for early stopping</source>
        <translation>Part de validation pour l'arrêt précoce</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="183"/>
        <source>Share of the training samples held out to choose the best epoch (0: no early stopping).</source>
        <translation>Part des échantillons d'entraînement mise de côté pour choisir la meilleure époque (0 : pas d'arrêt précoce).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="207"/>
        <source>Network width (feature maps of the first block)</source>
        <translation>Largeur du réseau (cartes de caractéristiques du premier bloc)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="214"/>
        <source>64 is the paper&apos;s network (64-128-128-256-256 feature maps, 1024-256-128 dense units); every layer scales with it. Smaller widths train and map faster on small data.</source>
        <translation>64 correspond au réseau de l'article (cartes de caractéristiques 64-128-128-256-256, unités denses 1024-256-128) ; chaque couche est mise à l'échelle en conséquence. Des largeurs plus petites entraînent et cartographient plus vite sur de petites données.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="267"/>
        <source>Maximum epochs</source>
        <translation>Nombre maximal d'époques</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="268"/>
        <source>Most passes over the training samples; early stopping usually ends training sooner.</source>
        <translation>Nombre maximal de passes sur les échantillons d'entraînement ; l'arrêt précoce termine généralement l'entraînement plus tôt.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="271"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="272"/>
        <source>Patches per optimisation step (32 by default); larger batches need more memory.</source>
        <translation>Patchs par pas d'optimisation (32 par défaut) ; des lots plus grands demandent plus de mémoire.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="273"/>
        <source>Learning rate (Adam)</source>
        <translation>Taux d'apprentissage (Adam)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="281"/>
        <source>1e-4 in Zhang et al. 2022.</source>
        <translation>1e-4 dans Zhang et al. 2022.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="282"/>
        <source>Early stopping patience (epochs)</source>
        <translation>Patience de l'arrêt précoce (époques)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="285"/>
        <source>Training stops after this many epochs without a better validation AUC.</source>
        <translation>L'entraînement s'arrête après ce nombre d'époques sans meilleure AUC de validation.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="286"/>
        <source>Augment by flips and 90-degree rotations</source>
        <translation>Augmenter par retournements et rotations de 90 degrés</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="287"/>
        <source>Each training patch is turned by one of the 8 flips/rotations at random. Turn it off for direction-dependent factors such as aspect or northness.</source>
        <translation>Chaque patch d'entraînement est transformé par l'un des 8 retournements/rotations au hasard. Désactivez-le pour les facteurs dépendant de la direction comme l'exposition ou l'orientation nord.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="295"/>
        <source>Class balancing</source>
        <translation>Équilibrage des classes</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="295"/>
        <source>Class weights (inverse frequency)</source>
        <translation>Poids des classes (fréquence inverse)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="295"/>
        <source>Balanced sampling</source>
        <translation>Échantillonnage équilibré</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="295"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="301"/>
        <source>Class weights: the loss of each class weighted by its inverse frequency. Balanced sampling: batches drawn with both classes equally likely. None: neither.</source>
        <translation>Poids des classes : la perte de chaque classe pondérée par sa fréquence inverse. Échantillonnage équilibré : lots tirés avec les deux classes également probables. Aucun : ni l'un ni l'autre.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="18"/>
        <source>ROC (AUC = {:.3f})</source>
        <translation>ROC (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="19"/>
        <source>PR (AP = {:.3f})</source>
        <translation>PR (AP = {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="119"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="240"/>
        <source>Factors holding class codes (lithology, land cover): one-hot encoded in the step forests. Empty: those the sample layer declares (lsm:buildsamples writes its categorical factors as integer fields).</source>
        <translation>Facteurs contenant des codes de classe (lithologie, occupation du sol) : encodés en one-hot dans les forêts d'étape. Vide : ceux que déclare la couche d'échantillons (lsm:buildsamples écrit ses facteurs catégoriels comme champs entiers).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="23"/>
        <source>Landslide inventory to keep negatives off (with a sample layer)</source>
        <translation>Inventaire des glissements dont écarter les négatifs (avec une couche d'échantillons)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="31"/>
        <source>With a sample layer: the inventory it was built from. No negative falls on any of its cells (every cell of a polygon, whatever the polygon mode) or within the buffer. With the inventory input that inventory is used.</source>
        <translation>Avec une couche d'échantillons : l'inventaire à partir duquel elle a été construite. Aucun négatif ne tombe sur l'une de ses cellules (chaque cellule d'un polygone, quel que soit le mode polygone) ni dans le tampon. Avec l'inventaire en entrée, c'est cet inventaire qui est utilisé.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="41"/>
        <source>Study area</source>
        <translation>Zone d'étude</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="47"/>
        <source>Negatives only inside these polygons (default: every valid cell).</source>
        <translation>Négatifs uniquement à l'intérieur de ces polygones (par défaut : toute cellule valide).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="54"/>
        <source>Exclusion buffer around landslides (map units)</source>
        <translation>Tampon d'exclusion autour des glissements (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="61"/>
        <source>No negative within this distance of a landslide cell (inventory and sample landslides), in the rasters&apos; CRS units.</source>
        <translation>Aucun négatif à moins de cette distance d'une cellule de glissement (inventaire et glissements des échantillons), en unités du SCR des rasters.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="70"/>
        <source>Spatial split block size (0: random split)</source>
        <translation>Taille des blocs de la partition spatiale (0 : partition aléatoire)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="77"/>
        <source>The block size of lsm:buildsamples&apos; spatial split: each split&apos;s negatives stay in the blocks of its own sample points (blocks without a sample point give none). 0: a random split.</source>
        <translation>La taille des blocs de la partition spatiale de lsm:buildsamples : les négatifs de chaque partition restent dans les blocs de ses propres points d'échantillon (les blocs sans point d'échantillon n'en donnent aucun). 0 : une partition aléatoire.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="87"/>
        <source>Keep the random test cells (negative_kind &apos;random&apos;)</source>
        <translation>Conserver les cellules de test aléatoires (negative_kind « random »)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="92"/>
        <source>Also write the sample layer&apos;s unlabeled test cells, marked negative_kind = &apos;random&apos; (the reliable negatives are &apos;rn&apos;), so the test split can be scored on both.</source>
        <translation>Écrire aussi les cellules de test non étiquetées de la couche d'échantillons, marquées negative_kind = « random » (les négatifs fiables sont « rn »), afin que la partition de test puisse être évaluée sur les deux.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="132"/>
        <source>Step-1 classifier (spy technique)</source>
        <translation>Classifieur de l'étape 1 (technique des espions)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="132"/>
        <source>Balanced random forest, out-of-bag scores (default)</source>
        <translation>Forêt aléatoire équilibrée, scores hors sac (par défaut)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="132"/>
        <source>Plain random forest, in-sample scores (Fu et al. 2024)</source>
        <translation>Forêt aléatoire simple, scores sur l'échantillon d'entraînement (Fu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="141"/>
        <source>Out-of-bag scores never come from a tree that saw the cell, so spies are not learnt as negatives; the paper&apos;s plain forest scores its own training cells.</source>
        <translation>Les scores hors sac ne proviennent jamais d'un arbre qui a vu la cellule, de sorte que les espions ne sont pas appris comme négatifs ; la forêt simple de l'article évalue ses propres cellules d'entraînement.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="191"/>
        <source>Patch size (cells)</source>
        <translation>Taille du patch (cellules)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="198"/>
        <source>Side of the square patch around each cell (the cell at index size // 2). 224 (the default) is Zhang et al. 2022&apos;s, which also tested 96, 128, 196 and 256; for small areas or quick runs use a smaller one such as 33. Any size from 9 up that fits the rasters.</source>
        <translation>Côté du patch carré autour de chaque cellule (la cellule à l'indice taille // 2). 224 (la valeur par défaut) est celle de Zhang et al. 2022, qui ont aussi testé 96, 128, 196 et 256 ; pour de petites zones ou des exécutions rapides, utilisez-en une plus petite, par ex. 33. Toute taille à partir de 9 qui tient dans les rasters.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="222"/>
        <source>Convolution padding</source>
        <translation>Remplissage des convolutions</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="222"/>
        <source>Zero-padded (the paper&apos;s)</source>
        <translation>Avec remplissage de zéros (celui de l'article)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="222"/>
        <source>Unpadded (fast dense mapping)</source>
        <translation>Sans remplissage (cartographie dense rapide)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="228"/>
        <source>Zero-padded convolutions keep the map size, so every patch gets the paper&apos;s five blocks; the map is then computed patch by patch (exact, slower). Unpadded convolutions drop blocks that do not fit the patch but map through a dense twin many times faster.</source>
        <translation>Les convolutions avec remplissage de zéros conservent la taille de la carte, de sorte que chaque patch reçoit les cinq blocs de l'article ; la carte est alors calculée patch par patch (exact, plus lent). Les convolutions sans remplissage abandonnent les blocs qui ne tiennent pas dans le patch, mais cartographient par un jumeau dense bien plus rapide.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="253"/>
        <source>Training schedule</source>
        <translation>Calendrier d'entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="253"/>
        <source>Early stopping (the settings below)</source>
        <translation>Arrêt précoce (les paramètres ci-dessous)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="253"/>
        <source>Paper: 600 epochs, lr 1e-4, no early stopping</source>
        <translation>Article : 600 époques, taux d'apprentissage 1e-4, sans arrêt précoce</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="259"/>
        <source>Paper: Zhang et al. 2022&apos;s schedule, overriding epochs, learning rate, patience, augmentation (off) and balancing (none); batch size, seed and device are kept.</source>
        <translation>Article : le calendrier de Zhang et al. 2022, qui remplace les époques, le taux d'apprentissage, la patience, l'augmentation (désactivée) et l'équilibrage (aucun) ; la taille de lot, la graine et le périphérique sont conservés.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="23"/>
        <source>Success and prediction rate curves</source>
        <translation>Courbes de taux de succès et de prédiction</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="36"/>
        <source>Cross-validation folds of a metric</source>
        <translation>Plis de validation croisée d'une métrique</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="255"/>
        <source>No run among the selection has rate curves (run lsm:ratecurves).</source>
        <translation>Aucune exécution de la sélection n'a de courbes de taux (lancez lsm:ratecurves).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="260"/>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="260"/>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="272"/>
        <source>Prediction rate: test landslides; success rate: training landslides (optimistic).</source>
        <translation>Taux de prédiction : glissements de test ; taux de succès : glissements d'entraînement (optimiste).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="277"/>
        <source>No cross-validation run among the selection has fold values of {}.</source>
        <translation>Aucune exécution de validation croisée de la sélection n'a de valeurs par pli de {}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="295"/>
        <source>One box per cross-validation run: the spread of {} over its test folds.</source>
        <translation>Une boîte par exécution de validation croisée : la dispersion de {} sur ses plis de test.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="149"/>
        <source>{} (missing)</source>
        <translation>{} (absent)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="149"/>
        <source>This folder no longer exists: its runs are gone. Remove it from the list with the − button.</source>
        <translation>Ce dossier n'existe plus : ses exécutions ont disparu. Retirez-le de la liste avec le bouton −.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="158"/>
        <source>{} (QGIS profile)</source>
        <translation>{} (profil QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="159"/>
        <source>Run store of this QGIS profile: runs without a saved project and without an output file chosen, model steps and qgis_process runs of this profile write here.</source>
        <translation>Registre d'exécutions de ce profil QGIS : les exécutions sans projet enregistré et sans fichier de sortie choisi, les étapes de modèles et les exécutions qgis_process de ce profil écrivent ici.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="488"/>
        <source>Metric runs ({})</source>
        <translation>Exécutions à métriques ({})</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="488"/>
        <source>Maps, classes, rate curves ({})</source>
        <translation>Cartes, classes, courbes de taux ({})</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="488"/>
        <source>PU priors ({})</source>
        <translation>A priori PU ({})</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="491"/>
        <source>Priors of lsm:spysampling, scored on their own reliable negatives: not comparable with the models, never marked best.</source>
        <translation>Modèles a priori de lsm:spysampling, évalués sur leurs propres négatifs fiables : non comparables aux modèles, jamais marqués comme meilleurs.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="506"/>
        <source>; metric runs in {} groups</source>
        <translation>; exécutions à métriques en {} groupes</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="509"/>
        <source>Best values are marked among runs on the same test set and data.</source>
        <translation>Les meilleures valeurs sont marquées parmi les exécutions sur le même ensemble de test et les mêmes données.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="679"/>
        <source>Chart of all rows of this tab (select rows to narrow it).</source>
        <translation>Graphique de toutes les lignes de cet onglet (sélectionnez des lignes pour le restreindre).</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="79"/>
        <source>rn</source>
        <translation>rn</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="79"/>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="79"/>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="79"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="85"/>
        <source>Reliable negatives of the test prior (PU testing method): easy negatives by construction, so these metrics are optimistic.</source>
        <translation>Négatifs fiables de l'a priori de test (méthode de test PU) : des négatifs faciles par construction, donc ces métriques sont optimistes.</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="89"/>
        <source>Random unlabeled cells of the test split (landslide cells excluded): the honest test.</source>
        <translation>Cellules non étiquetées aléatoires de la partition de test (cellules de glissement exclues) : le test honnête.</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="90"/>
        <source>Every valid cell of the area (rate curves).</source>
        <translation>Toutes les cellules valides de la zone (courbes de taux).</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="92"/>
        <source>The record does not say which negatives its metrics used (an older run).</source>
        <translation>La fiche ne dit pas sur quels négatifs ses métriques ont été calculées (une exécution plus ancienne).</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="100"/>
        <source>success AUC</source>
        <translation>AUC de succès</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="100"/>
        <source>prediction AUC</source>
        <translation>AUC de prédiction</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="109"/>
        <source>{} classes</source>
        <translation>{} classes</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="129"/>
        <source>Test set</source>
        <translation>Ensemble de test</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="130"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="223"/>
        <source>{}: on the prior&apos;s own reliable negatives; not ranked</source>
        <translation>{} : sur les propres négatifs fiables de l'a priori ; non classé</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="224"/>
        <source>{}: higher is better; the best value among runs on the same test set and data is marked</source>
        <translation>{} : plus élevé est meilleur ; la meilleure valeur parmi les exécutions sur le même ensemble de test et les mêmes données est marquée</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="228"/>
        <source>Which negatives the metrics were measured on: rn, random or area</source>
        <translation>Sur quels négatifs les métriques ont été mesurées : rn, random ou area</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="343"/>
        <source>Best value among the runs on the same test set and data</source>
        <translation>Meilleure valeur parmi les exécutions sur le même ensemble de test et les mêmes données</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="101"/>
        <source>Keep the random training cells (negative_kind &apos;random&apos;)</source>
        <translation>Conserver les cellules d'entraînement aléatoires (negative_kind « random »)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="106"/>
        <source>Also write the sample layer&apos;s unlabeled training cells, marked negative_kind = &apos;random&apos;: the unlabeled negatives of lsm:saturationtest&apos;s Table II design (unlabeled vs reliable negatives). lsm:trainmodel and the saturation test&apos;s other designs train on the &apos;rn&apos; rows of such a layer; lsm:crossvalidate reads every negative, so leave this off for it.</source>
        <translation>Écrire aussi les cellules d'entraînement non étiquetées de la couche d'échantillons, marquées negative_kind = « random » : les négatifs non étiquetés du plan d'expérience du tableau II de lsm:saturationtest (négatifs non étiquetés contre négatifs fiables). lsm:trainmodel et les autres plans du test de saturation s'entraînent sur les lignes « rn » d'une telle couche ; lsm:crossvalidate lit tous les négatifs, laissez donc cette option désactivée pour lui.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="259"/>
        <source>Test negatives per landslide (0: as the training split)</source>
        <translation>Négatifs de test par glissement de terrain (0 : comme la partition d'entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_params.py" line="267"/>
        <source>Negatives drawn per landslide of the test split, apart from the training ratio (e.g. the fixed 1:200 test set of Fu et al. 2024 beside 1:10 for training); 0 uses the training ratio. Checked against the open cells before any model is fitted.</source>
        <translation>Négatifs tirés par glissement de terrain de la partition de test, indépendamment du ratio d'entraînement (par ex. l'ensemble de test fixe à 1:200 de Fu et al. 2024, à côté de 1:10 pour l'entraînement) ; 0 utilise le ratio d'entraînement. Vérifié par rapport aux cellules disponibles avant l'ajustement de tout modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="79"/>
        <source>Continuous factor rasters on one grid; lsm:fcnpredict needs rasters of the same names.</source>
        <translation>Rasters de facteurs continus sur une même grille ; lsm:fcnpredict a besoin de rasters portant les mêmes noms.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="84"/>
        <source>Mapped landslides</source>
        <translation>Glissements de terrain cartographiés</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="85"/>
        <source>Landslide polygons (burnt onto the grid) or points (one cell each).</source>
        <translation>Polygones de glissements de terrain (rastérisés sur la grille) ou points (une cellule chacun).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="86"/>
        <source>Window size (cells)</source>
        <translation>Taille de fenêtre (cellules)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="87"/>
        <source>Side of the training and prediction windows: 448 in Fan et al. 2025; smaller for small areas.</source>
        <translation>Côté des fenêtres d'entraînement et de prédiction : 448 dans Fan et al. 2025 ; plus petit pour les petites zones.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="94"/>
        <source>Window overlap (share)</source>
        <translation>Recouvrement des fenêtres (part)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="97"/>
        <source>Overlap of neighbouring windows as a share of the window (0.2 in the paper).</source>
        <translation>Recouvrement des fenêtres voisines en part de la fenêtre (0,2 dans l'article).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="98"/>
        <source>Filters of the first level (N)</source>
        <translation>Filtres du premier niveau (N)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="99"/>
        <source>32 in the paper; every level multiplies them by 4. Fewer train faster on small data.</source>
        <translation>32 dans l'article ; chaque niveau les multiplie par 4. Avec moins de filtres, l'entraînement est plus rapide sur de petits jeux de données.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="104"/>
        <source>Levels below the first</source>
        <translation>Niveaux sous le premier</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="105"/>
        <source>2 in the paper (down to H/4 x W/4 x 16N); the window must be at least 4 x 2^depth cells.</source>
        <translation>2 dans l'article (jusqu'à H/4 x W/4 x 16N) ; la fenêtre doit faire au moins 4 x 2^profondeur cellules.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="110"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="110"/>
        <source>Poisson soft labels (the paper&apos;s)</source>
        <translation>Étiquettes souples de Poisson (celles de l'article)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="110"/>
        <source>Binary landslide mask</source>
        <translation>Masque binaire des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="116"/>
        <source>Soft labels solve the Poisson (Laplace) equation around the landslides; binary is the 0/1 mask.</source>
        <translation>Les étiquettes souples résolvent l'équation de Poisson (Laplace) autour des glissements de terrain ; binaire correspond au masque 0/1.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="123"/>
        <source>Soft label distance (cells)</source>
        <translation>Distance des étiquettes souples (cellules)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="124"/>
        <source>The soft label falls from 1 on a landslide to 0 at this distance (Dirichlet value 0 beyond).</source>
        <translation>L'étiquette souple décroît de 1 sur un glissement de terrain à 0 à cette distance (valeur de Dirichlet 0 au-delà).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="132"/>
        <source>Most passes over the training windows.</source>
        <translation>Nombre maximal de passes sur les fenêtres d'entraînement.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="133"/>
        <source>Batch size (windows)</source>
        <translation>Taille de lot (fenêtres)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="134"/>
        <source>Windows per optimisation step.</source>
        <translation>Fenêtres par pas d'optimisation.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="143"/>
        <source>Adam step size.</source>
        <translation>Taille du pas d'Adam.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="148"/>
        <source>Validation share of the windows</source>
        <translation>Part de validation des fenêtres</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="156"/>
        <source>Share of the windows held out to choose the best epoch (0: the last epoch is kept).</source>
        <translation>Part des fenêtres mises de côté pour choisir la meilleure époque (0 : la dernière époque est conservée).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="176"/>
        <source>Seeds the window split, the weights and the batches.</source>
        <translation>Initialise la partition des fenêtres, les poids et les lots.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="180"/>
        <source>FCN bundle</source>
        <translation>Fichier de modèle FCN</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="199"/>
        <source>Validation ROC-AUC</source>
        <translation>ROC-AUC de validation</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="122"/>
        <source>Names of factor rasters holding class codes (lithology, land cover): each enters as one-hot channels, one per class found in the training patches (at most 50 whole-number classes). The classes are stored in the bundle; lsm:lsnetpredict gives a class it has not seen all-zero channels and warns.</source>
        <translation>Noms des rasters de facteurs contenant des codes de classe (lithologie, occupation du sol) : chacun entre sous forme de canaux one-hot, un par classe trouvée dans les patchs d'entraînement (au plus 50 classes entières). Les classes sont stockées dans le paquet de modèle ; lsm:lsnetpredict donne à une classe non vue des canaux entièrement nuls et émet un avertissement.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="237"/>
        <source>Factor fusion</source>
        <translation>Fusion des facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="237"/>
        <source>Early: factors stacked as input channels</source>
        <translation>Précoce : facteurs empilés comme canaux d'entrée</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="237"/>
        <source>Late: one branch per factor (the paper&apos;s)</source>
        <translation>Tardive : une branche par facteur (celle de l'article)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="243"/>
        <source>Early (the default): one network reads all factors as channels. Late: each factor gets its own convolutional branch of the feature maps above, concatenated before the dense layers, as Zhang et al. 2022 fuse the channels at the end; it costs about one network per factor (lower the width to compensate).</source>
        <translation>Précoce (par défaut) : un seul réseau lit tous les facteurs comme canaux. Tardive : chaque facteur reçoit sa propre branche convolutive avec les cartes de caractéristiques ci-dessus, concaténées avant les couches denses, comme Zhang et al. 2022 fusionnent les canaux à la fin ; cela coûte environ un réseau par facteur (réduisez la largeur pour compenser).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="138"/>
        <source>{} (from a run)</source>
        <translation>{} (d'une exécution)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="138"/>
        <source>Run store a run wrote to beside its chosen output or in its run store folder (a toolbox, model or qgis_process run): listed by itself. The − button stops reading it (its files stay).</source>
        <translation>Registre d'exécutions dans lequel une exécution a écrit, à côté de la sortie choisie ou dans son dossier de registre d'exécutions (exécution depuis la boîte à outils, un modèle ou qgis_process) : listé automatiquement. Le bouton − arrête sa lecture (ses fichiers restent).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="11"/>
        <source>False positive rate (1 - specificity)</source>
        <translation>Taux de faux positifs (1 - spécificité)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="12"/>
        <source>True positive rate (sensitivity)</source>
        <translation>Taux de vrais positifs (sensibilité)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="13"/>
        <source>Recall (sensitivity)</source>
        <translation>Rappel (sensibilité)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="15"/>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="16"/>
        <source>Precision-recall curve</source>
        <translation>Courbe précision-rappel</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="21"/>
        <source>Share of the area, most susceptible first</source>
        <translation>Part de la surface, la plus susceptible en premier</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="22"/>
        <source>Share of the landslide cells</source>
        <translation>Part des cellules de glissement de terrain</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="24"/>
        <source>{} rate (AUC = {:.3f})</source>
        <translation>Taux {} (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="25"/>
        <source>fold {} (AUC = {:.3f})</source>
        <translation>pli {} (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="26"/>
        <source>fold {} (AP = {:.3f})</source>
        <translation>pli {} (AP = {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="159"/>
        <source>Test share of the windows</source>
        <translation>Part de test des fenêtres</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="167"/>
        <source>Share of the windows held out for the test metrics of the run records (their cells that no training or validation window covers). 0: the metrics are on the training windows (optimistic).</source>
        <translation>Part des fenêtres réservée aux métriques de test des enregistrements d'exécution (leurs cellules qu'aucune fenêtre d'entraînement ou de validation ne couvre). 0 : les métriques portent sur les fenêtres d'entraînement (optimistes).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="185"/>
        <source>Leave-one-group-out folds</source>
        <translation>Plis par exclusion d'un groupe</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="190"/>
        <source>Leave-one-group-out summary</source>
        <translation>Résumé de l'exclusion d'un groupe</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="195"/>
        <source>Where the run records go; default &apos;lsm_runs&apos; beside the project or the bundle.</source>
        <translation>Où vont les enregistrements d'exécution ; par défaut « lsm_runs » à côté du projet ou du paquet de modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="202"/>
        <source>Leave-one-group-out mean ROC-AUC</source>
        <translation>ROC-AUC moyen par exclusion d'un groupe</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="204"/>
        <source>Leave-one-group-out run id</source>
        <translation>Identifiant d'exécution de l'exclusion d'un groupe</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="211"/>
        <source>Group field for leave-one-group-out (event, region)</source>
        <translation>Champ de groupe pour l'exclusion d'un groupe (événement, région)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="219"/>
        <source>A field of the landslides naming their event or region. Given: before the final model, one FCN per group is trained on the windows that do not touch that group&apos;s region and tested on the region (test sets &apos;random&apos; and &apos;area&apos;); a fold table, the mean and a 95 % interval over the groups go to the run records and the tables below. Empty: no group validation.</source>
        <translation>Champ des glissements nommant leur événement ou leur région. Renseigné : avant le modèle final, un FCN par groupe est entraîné sur les fenêtres qui ne touchent pas la région de ce groupe et testé sur cette région (jeux de test « random » et « area ») ; un tableau des plis, la moyenne et un intervalle à 95 % sur les groupes vont dans les enregistrements d'exécution et les tableaux ci-dessous. Vide : pas de validation par groupe.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="229"/>
        <source>Group region margin (cells)</source>
        <translation>Marge de la région du groupe (cellules)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="232"/>
        <source>A group&apos;s region is the bounding box of its landslides widened by this many cells on each side (clipped to the rasters): its cells are the group&apos;s test cells, and no training window of its fold touches it.</source>
        <translation>La région d'un groupe est l'emprise de ses glissements élargie de ce nombre de cellules de chaque côté (découpée aux rasters) : ses cellules sont les cellules de test du groupe, et aucune fenêtre d'entraînement de son pli ne la touche.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="27"/>
        <source>Success rate (AUC = {:.3f})</source>
        <translation>Taux de succès (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="28"/>
        <source>Prediction rate (AUC = {:.3f})</source>
        <translation>Taux de prédiction (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="124"/>
        <source>Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the raster-wide steps (the open-cell count, both prior maps, their Jenks breaks, the draw of the negatives and their factor values) run as block tasks on its workers, with the same outputs as a run here; with the inventory input lsm:buildsamples gets the same address. The workers read the factor rasters and the masks of the run (in the Processing temporary folder) from the same paths, and need numpy, GDAL, scikit-learn and this plugin importable as &apos;landslide_susceptibility&apos;. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Adresse d'un ordonnanceur Dask distributed en service (p. ex. tcp://10.0.0.5:8786) : les étapes sur tout le raster (le comptage des cellules ouvertes, les deux cartes a priori, leurs seuils de Jenks, le tirage des négatifs et leurs valeurs de facteurs) s'exécutent en tâches par bloc sur ses workers, avec les mêmes sorties qu'une exécution ici ; avec l'inventaire en entrée, lsm:buildsamples reçoit la même adresse. Les workers lisent les rasters de facteurs et les masques de l'exécution (dans le dossier temporaire de Processing) aux mêmes chemins, et ont besoin de numpy, GDAL, scikit-learn et de ce plugin importable sous le nom 'landslide_susceptibility'. Nécessite le paquet 'distributed'. Vide : exécution ici.</translation>
    </message>
</context>
<context>
    <name>AlignFactorsAlgorithm</name>
    <message>
        <location filename="../algorithms/alignfactors.py" line="57"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="57"/>
        <source>Single-band rasters and/or multi-band stacks (each band is one factor), on any grids and CRSs.</source>
        <translation>Rasters à une bande et/ou piles multibandes (chaque bande est un facteur), sur n'importe quelles grilles et n'importe quels SCR.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="64"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="64"/>
        <source>Names of the factors holding class codes (lithology, land cover): resampled by nearest neighbour, so no code is averaged into a code that does not exist.</source>
        <translation>Noms des facteurs contenant des codes de classe (lithologie, occupation du sol) : rééchantillonnés au plus proche voisin, afin qu'aucun code ne soit moyenné en un code qui n'existe pas.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="74"/>
        <source>Reference grid raster</source>
        <translation>Raster de grille de référence</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="74"/>
        <source>Every factor is resampled onto this raster&apos;s grid (size, origin, cell size and CRS).</source>
        <translation>Chaque facteur est rééchantillonné sur la grille de ce raster (taille, origine, taille de cellule et SCR).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="81"/>
        <source>Extent (without a reference raster)</source>
        <translation>Emprise (sans raster de référence)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="81"/>
        <source>Without a reference raster: the extent of the grid (its top-left corner is the grid origin).</source>
        <translation>Sans raster de référence : l'emprise de la grille (son coin supérieur gauche est l'origine de la grille).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="90"/>
        <source>Cell size (without a reference raster)</source>
        <translation>Taille de cellule (sans raster de référence)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="90"/>
        <source>Without a reference raster: the side of the square cells, in the units of the CRS.</source>
        <translation>Sans raster de référence : le côté des cellules carrées, dans les unités du SCR.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="101"/>
        <source>CRS (without a reference raster)</source>
        <translation>SCR (sans raster de référence)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="101"/>
        <source>Without a reference raster: the CRS of the grid (default: the first factor&apos;s CRS).</source>
        <translation>Sans raster de référence : le SCR de la grille (par défaut : le SCR du premier facteur).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Resampling of continuous factors</source>
        <translation>Rééchantillonnage des facteurs continus</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Bilinear</source>
        <translation>Bilinéaire</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Cubic</source>
        <translation>Cubique</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="106"/>
        <source>Bilinear (the default), cubic, or average (for a coarser target grid). Categorical factors always use nearest neighbour.</source>
        <translation>Bilinéaire (par défaut), cubique ou moyenne (pour une grille cible plus grossière). Les facteurs catégoriels utilisent toujours le plus proche voisin.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="119"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="119"/>
        <source>One &apos;&lt;factor&gt;.tif&apos; per factor is written here (an existing file of that name is replaced).</source>
        <translation>Un fichier « &lt;factor&gt;.tif » par facteur est écrit ici (un fichier existant de ce nom est remplacé).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="126"/>
        <source>VRT stack of the aligned factors</source>
        <translation>Pile VRT des facteurs alignés</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="126"/>
        <source>VRT files (*.vrt)</source>
        <translation>Fichiers VRT (*.vrt)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="126"/>
        <source>Optional: one virtual raster with a band per factor, named after it, over the GeoTIFFs.</source>
        <translation>Facultatif : un raster virtuel avec une bande par facteur, nommée d'après lui, sur les GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="139"/>
        <source>Aligned factor rasters</source>
        <translation>Rasters de facteurs alignés</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="140"/>
        <source>Factor names (comma separated)</source>
        <translation>Noms des facteurs (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="145"/>
        <source>Choose at least one factor raster to align.</source>
        <translation>Choisissez au moins un raster de facteur à aligner.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="153"/>
        <source>The VRT stack &apos;{}&apos; must end in .vrt.</source>
        <translation>La pile VRT « {} » doit se terminer par .vrt.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="154"/>
        <source>Target grid: {} x {} cells of {:g} x {:g}.</source>
        <translation>Grille cible : {} x {} cellules de {:g} x {:g}.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="168"/>
        <source>Factor &apos;{}&apos; was written as &apos;{}&apos;: loaded from there its layer name is the file&apos;s.</source>
        <translation>Le facteur « {} » a été écrit sous « {} » : chargé depuis là, le nom de sa couche est celui du fichier.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="188"/>
        <source>Give either a reference raster or an extent, not both.</source>
        <translation>Donnez soit un raster de référence, soit une emprise, pas les deux.</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="192"/>
        <source>Choose the target grid: a reference raster, or an extent and a cell size greater than 0 (and a CRS).</source>
        <translation>Choisissez la grille cible : un raster de référence, ou une emprise et une taille de cellule supérieure à 0 (et un SCR).</translation>
    </message>
    <message>
        <location filename="../algorithms/alignfactors.py" line="202"/>
        <source>The first factor raster has no CRS: choose the CRS of the grid.</source>
        <translation>Le premier raster de facteur n'a pas de SCR : choisissez le SCR de la grille.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="97"/>
        <source>Align factor rasters onto one grid</source>
        <translation>Aligner les rasters de facteurs sur une même grille</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="98"/>
        <source>Resamples conditioning factor rasters onto one grid, so that every other algorithm can use them together: the grid of a reference raster, or an extent, a cell size and a CRS. Categorical factors (class codes) are resampled by nearest neighbour, the others by bilinear, cubic or average resampling (GDAL&apos;s warper).

Outputs: one Float32 GeoTIFF per factor in the output folder (named after the factor, nodata -9999) and optionally one VRT stack of them (band descriptions = factor names).</source>
        <translation>Rééchantillonne les rasters de facteurs conditionnants sur une même grille, afin que tous les autres algorithmes puissent les utiliser ensemble : la grille d'un raster de référence, ou une emprise, une taille de cellule et un SCR. Les facteurs catégoriels (codes de classe) sont rééchantillonnés au plus proche voisin, les autres par rééchantillonnage bilinéaire, cubique ou moyen (le warper de GDAL).

Sorties : un GeoTIFF Float32 par facteur dans le dossier de sortie (nommé d'après le facteur, nodata -9999) et, en option, une pile VRT de ceux-ci (descriptions des bandes = noms des facteurs).</translation>
    </message>
</context>
<context>
    <name>BuildSamplesAlgorithm</name>
    <message>
        <location filename="../algorithms/buildsamples.py" line="84"/>
        <source>Conditioning factors</source>
        <translation>Facteurs conditionnants</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="85"/>
        <source>Single-band rasters (named after the layer) and/or multi-band stacks (one factor per band, named after the band description).</source>
        <translation>Rasters à une bande (nommés d'après la couche) et/ou piles multibandes (un facteur par bande, nommé d'après la description de la bande).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="95"/>
        <source>Names of the factors holding class codes (lithology, land cover, geological age).</source>
        <translation>Noms des facteurs contenant des codes de classe (lithologie, occupation du sol, âge géologique).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="99"/>
        <source>Landslide inventory</source>
        <translation>Inventaire des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="104"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation>Points ou polygones de glissements de terrain (tout SCR ; transformés dans le SCR des rasters).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="120"/>
        <source>Landslide cells of polygons</source>
        <translation>Cellules de glissement des polygones</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="120"/>
        <source>Centroid</source>
        <translation>Centroïde</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="120"/>
        <source>Highest cell on the DEM (main scarp)</source>
        <translation>Cellule la plus haute sur le MNT (escarpement principal)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="120"/>
        <source>Every cell</source>
        <translation>Toutes les cellules</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="126"/>
        <source>How a polygon gives positive cells; ignored for points.</source>
        <translation>Comment un polygone donne des cellules positives ; ignoré pour les points.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="128"/>
        <source>DEM (for the highest-cell mode)</source>
        <translation>MNT (pour le mode cellule la plus haute)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="131"/>
        <source>Elevation on the factors&apos; grid; can be one of the factor rasters.</source>
        <translation>Altitude sur la grille des facteurs ; peut être l'un des rasters de facteurs.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="133"/>
        <source>Study area</source>
        <translation>Zone d'étude</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="136"/>
        <source>Only cells inside these polygons are used (default: every valid cell).</source>
        <translation>Seules les cellules à l'intérieur de ces polygones sont utilisées (par défaut : toutes les cellules valides).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="138"/>
        <source>Number of unlabeled cells (0: use the ratio)</source>
        <translation>Nombre de cellules non étiquetées (0 : utiliser le ratio)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="145"/>
        <source>Total number of unlabeled cells over train and test; 0 uses the ratio below.</source>
        <translation>Nombre total de cellules non étiquetées, entraînement et test confondus ; 0 utilise le ratio ci-dessous.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="147"/>
        <source>Unlabeled cells per landslide</source>
        <translation>Cellules non étiquetées par glissement de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="157"/>
        <source>Default 1 (a balanced sample).</source>
        <translation>1 par défaut (un échantillon équilibré).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="159"/>
        <source>Exclusion buffer around landslides (map units)</source>
        <translation>Tampon d'exclusion autour des glissements (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="169"/>
        <source>No unlabeled cell is drawn within this distance of a landslide cell (in the rasters&apos; CRS units). Landslide cells themselves are always excluded.</source>
        <translation>Aucune cellule non étiquetée n'est tirée à moins de cette distance d'une cellule de glissement (en unités du SCR des rasters). Les cellules de glissement elles-mêmes sont toujours exclues.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="176"/>
        <source>Train fraction</source>
        <translation>Fraction d'entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="187"/>
        <source>Share of the landslides used for training (default 0.7, the usual 70/30 split).</source>
        <translation>Part des glissements de terrain utilisée pour l'entraînement (0,7 par défaut, la partition habituelle 70/30).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="189"/>
        <source>Train/test split</source>
        <translation>Partition entraînement/test</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="189"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="189"/>
        <source>Spatial blocks</source>
        <translation>Blocs spatiaux</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="195"/>
        <source>Random: landslides split at random. Spatial blocks: square blocks of the size below go whole to train or test, and so do their unlabeled cells.</source>
        <translation>Aléatoire : glissements de terrain répartis au hasard. Blocs spatiaux : des blocs carrés de la taille ci-dessous vont entièrement en entraînement ou en test, de même que leurs cellules non étiquetées.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="201"/>
        <source>Block size of the spatial split (map units)</source>
        <translation>Taille des blocs de la partition spatiale (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="211"/>
        <source>Side of the square blocks of the spatial split, in the rasters&apos; CRS units (default 1000).</source>
        <translation>Côté des blocs carrés de la partition spatiale, en unités du SCR des rasters (1000 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="217"/>
        <source>The same seed and inputs give the same samples.</source>
        <translation>La même graine et les mêmes entrées donnent les mêmes échantillons.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="220"/>
        <source>Reference grid to align to</source>
        <translation>Grille de référence pour l'alignement</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="223"/>
        <source>When the factors are not on one grid, they are resampled onto this raster&apos;s grid.</source>
        <translation>Si les facteurs ne sont pas sur une même grille, ils sont rééchantillonnés sur la grille de ce raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="328"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="240"/>
        <source>Points at cell centres (the factors&apos; CRS) with label, split, one field per factor, row and col.</source>
        <translation>Points aux centres des cellules (SCR des facteurs) avec label, split, un champ par facteur, row et col.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="246"/>
        <source>Train landslides</source>
        <translation>Glissements d'entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="247"/>
        <source>Test landslides</source>
        <translation>Glissements de test</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="248"/>
        <source>Train unlabeled</source>
        <translation>Non étiquetés d'entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="249"/>
        <source>Test unlabeled</source>
        <translation>Non étiquetés de test</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="250"/>
        <source>Factor fields (comma separated)</source>
        <translation>Champs de facteurs (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="253"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="258"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation>Choisissez au moins un raster de facteur conditionnant.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="263"/>
        <source>Factor name(s) {} clash with the sample layer&apos;s own fields ({}): rename the layer(s).</source>
        <translation>Le(s) nom(s) de facteur {} entrent en conflit avec les champs propres de la couche d'échantillons ({}) : renommez la ou les couches.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="270"/>
        <source>The landslide inventory could not be opened.</source>
        <translation>L'inventaire des glissements de terrain n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="284"/>
        <source>Factors ({}): {} on a {} x {} grid</source>
        <translation>Facteurs ({}) : {} sur une grille de {} x {}</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="361"/>
        <source>The highest-cell mode needs a DEM: choose the DEM parameter (e.g. the elevation factor).</source>
        <translation>Le mode cellule la plus haute nécessite un MNT : choisissez le paramètre MNT (par ex. le facteur d'altitude).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="369"/>
        <source>The DEM &apos;{}&apos; is not on the factors&apos; grid ({}): resample it first.</source>
        <translation>Le MNT « {} » n'est pas sur la grille des facteurs ({}) : rééchantillonnez-le d'abord.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="292"/>
        <source>study area</source>
        <translation>zone d'étude</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="322"/>
        <source>Samples: {}</source>
        <translation>Échantillons : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="99"/>
        <source>Build samples from an inventory</source>
        <translation>Construire les échantillons à partir d'un inventaire</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="106"/>
        <source>Polygon ID field (empty: feature id)</source>
        <translation>Champ d'identifiant des polygones (vide : identifiant de l'entité)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="113"/>
        <source>Polygons only: the integer field whose value each landslide sample keeps in &apos;ls_id&apos; (empty: the feature id). Polygons sharing an id go to the same split.</source>
        <translation>Polygones uniquement : le champ entier dont chaque échantillon de glissement garde la valeur dans « ls_id » (vide : l'identifiant de l'entité). Les polygones partageant un identifiant vont dans le même split.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="346"/>
        <source>The ID field &apos;{}&apos; is used for polygon inventories only; &apos;{}&apos; has points.</source>
        <translation>Le champ d'identifiant « {} » ne sert qu'aux inventaires de polygones ; « {} » contient des points.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="100"/>
        <source>Builds the sample layer of a study from a landslide inventory and the factor rasters: points at cell centres with `label` (1 landslide, 0 unlabeled), `split` (train/test), one field per factor, `row` and `col` (polygons: `ls_id`, the polygon id).

PU testing method (Fu et al. 2024): landslides are split into train and test first (at random or by spatial blocks); unlabeled cells are drawn from two disjoint pools, away from landslides and an optional buffer. Polygons give their centroid cell, their highest cell on a DEM, or every cell.

Factors must share one grid, or be aligned to a reference raster. At least 10 landslides must remain.</source>
        <translation>Construit la couche d'échantillons d'une étude à partir d'un inventaire de glissements et des rasters de facteurs : des points aux centres des cellules avec `label` (1 glissement, 0 non étiqueté), `split` (train/test), un champ par facteur, `row` et `col` (polygones : `ls_id`, l'identifiant du polygone).

Méthode de test PU (Fu et al. 2024) : les glissements sont d'abord répartis entre entraînement et test (au hasard ou par blocs spatiaux) ; les cellules non étiquetées sont tirées de deux réservoirs disjoints, loin des glissements et d'une zone tampon facultative. Les polygones donnent leur cellule centroïde, leur cellule la plus haute sur un MNT, ou chaque cellule.

Les facteurs doivent partager une grille, ou être alignés sur un raster de référence. Il doit rester au moins 10 glissements.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="228"/>
        <source>Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the pass over the grid (the cells open to the unlabeled draw and each pool&apos;s smallest keys) runs as one task per block on its workers, which read the factor rasters and the rasterised masks (in QGIS&apos;s Processing temporary folder) from the same paths (readable there), with numpy, GDAL and this plugin importable as &apos;landslide_susceptibility&apos;; the samples are the same as a run here. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Adresse d'un ordonnanceur Dask distributed en service (p. ex. tcp://10.0.0.5:8786) : le passage sur la grille (les cellules ouvertes au tirage non étiqueté et les plus petites clés de chaque réserve) s'exécute en une tâche par bloc sur ses workers, qui lisent les rasters de facteurs et les masques rastérisés (dans le dossier temporaire de Processing de QGIS) aux mêmes chemins (lisibles là-bas), avec numpy, GDAL et ce plugin importable sous le nom 'landslide_susceptibility' ; les échantillons sont les mêmes qu'une exécution ici. Nécessite le paquet 'distributed'. Vide : exécution ici.</translation>
    </message>
</context>
<context>
    <name>CompareNegativesAlgorithm</name>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="69"/>
        <source>Sample layer</source>
        <translation>Couche d'échantillons</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="69"/>
        <source>Points with label (1 landslide, 0 random unlabeled) and split fields (lsm:buildsamples).</source>
        <translation>Points avec des champs d'étiquette (1 glissement, 0 non étiqueté aléatoire) et de partition (lsm:buildsamples).</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="76"/>
        <source>Label field</source>
        <translation>Champ d'étiquette</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="76"/>
        <source>1 for landslides, 0 for random unlabeled cells.</source>
        <translation>1 pour les glissements, 0 pour les cellules non étiquetées aléatoires.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="83"/>
        <source>Split field</source>
        <translation>Champ de partition</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="83"/>
        <source>&apos;train&apos; / &apos;test&apos;: negatives come from the training split, the common test from the test one.</source>
        <translation>« train » / « test » : les négatifs proviennent de la partition d'entraînement, le test commun de la partition de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="92"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="92"/>
        <source>The factors (one grid); the values are read from them at the samples&apos; cells.</source>
        <translation>Les facteurs (une même grille) ; les valeurs y sont lues aux cellules des échantillons.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="97"/>
        <source>Negative sampling strategies</source>
        <translation>Stratégies d'échantillonnage des négatifs</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="97"/>
        <source>Random, buffer, spy (Fu et al. 2024) and Bagging-PU negatives (core.pu).</source>
        <translation>Négatifs aléatoires, par tampon, par espions (Fu et al. 2024) et Bagging-PU (core.pu).</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="108"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="108"/>
        <source>Model types of lsm:trainmodel, fitted with their default parameters.</source>
        <translation>Types de modèle de lsm:trainmodel, ajustés avec leurs paramètres par défaut.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="120"/>
        <source>Prediction-rate AUC over the map</source>
        <translation>AUC du taux de prédiction sur la carte</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="120"/>
        <source>Predict every cell for every run (block by block) and rank the test landslides: slow on big maps.</source>
        <translation>Prédire chaque cellule pour chaque exécution (bloc par bloc) et classer les glissements de test : lent sur les grandes cartes.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="131"/>
        <source>Write run records</source>
        <translation>Écrire les fiches d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="131"/>
        <source>One record per run (its common random test, with the rn and map scores in its summary).</source>
        <translation>Une fiche par exécution (son test aléatoire commun, avec les scores rn et de carte dans son résumé).</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="138"/>
        <source>Comparison table (CSV)</source>
        <translation>Table de comparaison (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="138"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="143"/>
        <source>Box plots (PNG)</source>
        <translation>Boîtes à moustaches (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="143"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="148"/>
        <source>Experiment group of the run records</source>
        <translation>Groupe d'expérience des fiches d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="154"/>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="154"/>
        <source>Draws (and fits) per strategy and model; the table gives their mean and sd.</source>
        <translation>Tirages (et ajustements) par stratégie et par modèle ; la table donne leur moyenne et leur écart-type.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="159"/>
        <source>Negatives per landslide</source>
        <translation>Négatifs par glissement de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="159"/>
        <source>Training negatives per training landslide for every strategy.</source>
        <translation>Négatifs d'entraînement par glissement d'entraînement pour chaque stratégie.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="169"/>
        <source>Buffer distance (map units)</source>
        <translation>Distance du tampon (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="169"/>
        <source>Buffer negatives lie farther than this from every landslide of their split.</source>
        <translation>Les négatifs par tampon sont situés plus loin que cette distance de tout glissement de leur partition.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="215"/>
        <source>The sample layer could not be opened.</source>
        <translation>La couche d'échantillons n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="230"/>
        <source>{} row(s) of &apos;{}&apos; without label, split, or factor values were left out.</source>
        <translation>{} ligne(s) de « {} » sans étiquette, partition ou valeurs de facteurs ont été écartées.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="242"/>
        <source>Common random test set: {} test landslides, {} random unlabeled test cells.</source>
        <translation>Ensemble de test aléatoire commun : {} glissements de test, {} cellules de test non étiquetées aléatoires.</translation>
    </message>
    <message>
        <location filename="../algorithms/comparenegatives.py" line="254"/>
        <source>Quote the &apos;random&apos; and &apos;area&apos; rows: &apos;rn&apos; rows score each strategy on its own negatives, which are easy by construction (optimistic).</source>
        <translation>Citez les lignes « random » et « area » : les lignes « rn » évaluent chaque stratégie sur ses propres négatifs, faciles par construction (optimiste).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="101"/>
        <source>Compare negative sampling strategies</source>
        <translation>Comparer les stratégies d'échantillonnage des négatifs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="102"/>
        <source>Which negatives make the better map? Trains every chosen model on random, buffer (beyond a distance from every training landslide), spy and Bagging-PU negatives, N times each, and scores every run on ONE common test set: the test landslides against the sample layer&apos;s random unlabeled test cells (test set &apos;random&apos;), and by the prediction-rate AUC over the whole map (&apos;area&apos;). Each strategy&apos;s own test negatives (&apos;rn&apos;) are scored too, for reference: they are easy by construction.

Input: a sample layer of lsm:buildsamples (label, split) and the factor rasters. Outputs: a CSV (strategy, model, test_set, metric, mean, sd, n), a box-plot PNG and run records.</source>
        <translation>Quels négatifs donnent la meilleure carte ? Entraîne chaque modèle choisi sur des négatifs aléatoires, par tampon (au-delà d'une distance de tout glissement d'entraînement), par espions et Bagging-PU, N fois chacun, et évalue chaque exécution sur UN ensemble de test commun : les glissements de test contre les cellules de test non étiquetées aléatoires de la couche d'échantillons (ensemble de test « random »), et par l'AUC du taux de prédiction sur toute la carte (« area »). Les propres négatifs de test de chaque stratégie (« rn ») sont aussi évalués, pour référence : ils sont faciles par construction.

Entrée : une couche d'échantillons de lsm:buildsamples (label, split) et les rasters de facteurs. Sorties : un CSV (strategy, model, test_set, metric, mean, sd, n), un PNG de boîtes à moustaches et des fiches d'exécution.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="103"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="104"/>
        <source>Buffer (beyond a distance)</source>
        <translation>Tampon (au-delà d'une distance)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="105"/>
        <source>Spy technique</source>
        <translation>Technique des espions</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="106"/>
        <source>Bagging-PU</source>
        <translation>Bagging-PU</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="107"/>
        <source>Balanced random forest</source>
        <translation>Forêt aléatoire équilibrée</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="108"/>
        <source>EasyEnsemble (AdaBoost members)</source>
        <translation>EasyEnsemble (membres AdaBoost)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="109"/>
        <source>SMOTE + deep neural network</source>
        <translation>SMOTE + réseau de neurones profond</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="110"/>
        <source>ADASYN + deep neural network</source>
        <translation>ADASYN + réseau de neurones profond</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="111"/>
        <source>Random forest (benchmark)</source>
        <translation>Forêt aléatoire (référence)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="112"/>
        <source>Deep neural network (benchmark)</source>
        <translation>Réseau de neurones profond (référence)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="113"/>
        <source>Support vector machine (RBF)</source>
        <translation>Machine à vecteurs de support (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="114"/>
        <source>Logistic regression</source>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="115"/>
        <source>Kernel logistic regression (RBF)</source>
        <translation>Régression logistique à noyau (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="116"/>
        <source>SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)</source>
        <translation>SMOTE + CNN-LSTM avec attention spatiale (CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="117"/>
        <source>1-D convolutional network on the factors (CNN-LSTM-SAM baseline)</source>
        <translation>Réseau convolutif 1D sur les facteurs (référence CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="118"/>
        <source>Frequency ratio (summed, normalised 0-1)</source>
        <translation>Ratio de fréquence (sommé, normalisé 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="119"/>
        <source>Information value (summed, normalised 0-1)</source>
        <translation>Valeur informative (sommée, normalisée 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="120"/>
        <source>Weights of evidence (summed contrast, normalised 0-1)</source>
        <translation>Poids de l'évidence (contraste sommé, normalisé 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="121"/>
        <source>Logistic regression with coefficient table (unpenalised)</source>
        <translation>Régression logistique avec table des coefficients (non pénalisée)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="122"/>
        <source>Gradient boosting (LightGBM, class-balanced)</source>
        <translation>Boosting de gradient (LightGBM, classes équilibrées)</translation>
    </message>
</context>
<context>
    <name>ContributionMapsAlgorithm</name>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="59"/>
        <source>Model bundle</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="60"/>
        <source>A .lsmodel file written by lsm:trainmodel (trusted files only).</source>
        <translation>Un fichier .lsmodel écrit par lsm:trainmodel (fichiers de confiance uniquement).</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="62"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="63"/>
        <source>The factors the model was trained on, named as at training, on one grid.</source>
        <translation>Les facteurs sur lesquels le modèle a été entraîné, nommés comme à l'entraînement, sur une même grille.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="65"/>
        <source>Factors to map (comma separated, empty = all)</source>
        <translation>Facteurs à cartographier (séparés par des virgules, vide = tous)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="68"/>
        <source>Names of the bundle&apos;s factors that get a band, e.g. &apos;slope, dist_faults&apos;; empty: all.</source>
        <translation>Noms des facteurs du paquet de modèle qui reçoivent une bande, par ex. « slope, dist_faults » ; vide : tous.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="72"/>
        <source>Mask (study area polygons)</source>
        <translation>Masque (polygones de la zone d'étude)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="75"/>
        <source>Only cells whose centre is inside these polygons are explained (any CRS); the rest is nodata.</source>
        <translation>Seules les cellules dont le centre est à l'intérieur de ces polygones sont expliquées (tout SCR) ; le reste est nodata.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="81"/>
        <source>Cells per block</source>
        <translation>Cellules par bloc</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="81"/>
        <source>Cells read and explained at once (rounded to the rasters&apos; blocks); memory grows with it.</source>
        <translation>Cellules lues et expliquées à la fois (arrondi aux blocs des rasters) ; la mémoire croît avec ce nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="95"/>
        <source>Background cells (sampled explainer)</source>
        <translation>Cellules de fond (explicateur échantillonné)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="95"/>
        <source>Reference cells of the sampled explainer, drawn with the seed from the map; more: steadier values, slower. Tree models do not use them.</source>
        <translation>Cellules de référence de l'explicateur échantillonné, tirées de la carte avec la graine ; plus de cellules : valeurs plus stables, plus lent. Les modèles à arbres ne les utilisent pas.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="110"/>
        <source>Model calls per cell (sampled explainer, 0 = auto)</source>
        <translation>Appels au modèle par cellule (explicateur échantillonné, 0 = auto)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="110"/>
        <source>0: 10 x (2 x factors + 1). Fewer: faster and noisier. Tree models do not use it.</source>
        <translation>0 : 10 x (2 x facteurs + 1). Moins : plus rapide et plus bruité. Les modèles à arbres ne l'utilisent pas.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="123"/>
        <source>Factor contributions (SHAP)</source>
        <translation>Contributions des facteurs (SHAP)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="126"/>
        <source>Cells explained</source>
        <translation>Cellules expliquées</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="127"/>
        <source>Base value (mean model output)</source>
        <translation>Valeur de base (sortie moyenne du modèle)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="128"/>
        <source>Largest additivity error of the SHAP values</source>
        <translation>Plus grande erreur d'additivité des valeurs SHAP</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="133"/>
        <source>Band names (comma separated)</source>
        <translation>Noms des bandes (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="154"/>
        <source>The maps are written as GeoTIFF: give &apos;{}&apos; a .tif extension.</source>
        <translation>Les cartes sont écrites en GeoTIFF : donnez à « {} » une extension .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="171"/>
        <source>SHAP values ({} explainer, {} scale) of {} on {} cells in {} blocks; base value {:.6f}.</source>
        <translation>Valeurs SHAP (explicateur {}, échelle {}) de {} sur {} cellules en {} blocs ; valeur de base {:.6f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="183"/>
        <source>Additivity check: base value + sum of SHAP values = model output within {:.2e}.</source>
        <translation>Contrôle d'additivité : valeur de base + somme des valeurs SHAP = sortie du modèle à {:.2e} près.</translation>
    </message>
    <message>
        <location filename="../algorithms/contributionmaps.py" line="192"/>
        <source>Factor contributions</source>
        <translation>Contributions des facteurs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="123"/>
        <source>Factor contribution maps (SHAP)</source>
        <translation>Cartes des contributions des facteurs (SHAP)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="124"/>
        <source>Maps where each chosen factor drives the score of a model bundle: the SHAP value of the factor at every cell, one band per factor (band description = factor name) of a Float32 GeoTIFF, read and written block by block like lsm:predictraster. Categorical factors are one band (the sum of their one-hot columns).

Forests and LightGBM: exact TreeExplainer values (forests: probability, LightGBM: log-odds), far slower than a prediction. Other models: a sampled explainer on background cells of the map, approximate and very slow: use it on a small area (a mask). Base value + sum of every factor&apos;s band = the model output (the base value is in the raster&apos;s metadata).</source>
        <translation>Cartographie l'influence de chaque facteur choisi sur le score d'un paquet de modèle : la valeur SHAP du facteur en chaque cellule, une bande par facteur (description de bande = nom du facteur) d'un GeoTIFF Float32, lu et écrit bloc par bloc comme lsm:predictraster. Les facteurs catégoriels occupent une seule bande (la somme de leurs colonnes one-hot).

Forêts et LightGBM : valeurs exactes de TreeExplainer (forêts : probabilité, LightGBM : log-odds), bien plus lentes qu'une prédiction. Autres modèles : un explicateur échantillonné sur des cellules de fond de la carte, approximatif et très lent : utilisez-le sur une petite zone (un masque). Valeur de base + somme des bandes de tous les facteurs = sortie du modèle (la valeur de base figure dans les métadonnées du raster).</translation>
    </message>
</context>
<context>
    <name>CrossValidateAlgorithm</name>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="111"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation>Champ d'étiquette (1 glissement, 0 non étiqueté)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="122"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="131"/>
        <source>Negatives per landslide in each fold (0 = all)</source>
        <translation>Négatifs par glissement dans chaque pli (0 = tous)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="145"/>
        <source>Model parameters (name=value; ...)</source>
        <translation>Paramètres du modèle (nom=valeur ; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="158"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="167"/>
        <source>Folds</source>
        <translation>Plis</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="176"/>
        <source>Number of folds (k)</source>
        <translation>Nombre de plis (k)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="187"/>
        <source>Block size (map units)</source>
        <translation>Taille des blocs (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="200"/>
        <source>Group field (leave one group out)</source>
        <translation>Champ de groupe (un groupe laissé de côté)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="223"/>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="237"/>
        <source>Per-fold metrics</source>
        <translation>Métriques par pli</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="240"/>
        <source>Metrics summary (mean, sd, 95 % interval)</source>
        <translation>Résumé des métriques (moyenne, écart-type, intervalle à 95 %)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="247"/>
        <source>Out-of-fold scores</source>
        <translation>Scores hors pli</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="252"/>
        <source>ROC and PR curves of the folds (PNG)</source>
        <translation>Courbes ROC et PR des plis (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="252"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="260"/>
        <source>Mean ROC-AUC over the folds</source>
        <translation>ROC-AUC moyenne sur les plis</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="261"/>
        <source>Mean PR-AUC over the folds</source>
        <translation>PR-AUC moyenne sur les plis</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="262"/>
        <source>Run record</source>
        <translation>Fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="263"/>
        <source>Run id</source>
        <translation>Identifiant d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="271"/>
        <source>The samples layer could not be opened.</source>
        <translation>La couche d'échantillons n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="278"/>
        <source>Cross-validating {} on &apos;{}&apos;: {} landslides, {} unlabeled; {} folds ({}) x {} repeat(s), 1:{}.</source>
        <translation>Validation croisée de {} sur « {} » : {} glissements, {} non étiquetés ; {} plis ({}) x {} répétition(s), 1:{}.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="278"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="37"/>
        <source>Choose the factor fields of layer &apos;{}&apos;.</source>
        <translation>Choisissez les champs de facteurs de la couche « {} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="43"/>
        <source>The label field &apos;{}&apos; is also chosen as a factor.</source>
        <translation>Le champ d'étiquette « {} » est aussi choisi comme facteur.</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="71"/>
        <source>Leave one group out needs a group field: choose it (event, region or year).</source>
        <translation>Laisser un groupe de côté nécessite un champ de groupe : choisissez-le (événement, région ou année).</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="102"/>
        <source>{} over the folds: {} (sd {:.3f}; {}).</source>
        <translation>{} sur les plis : {} (écart-type {:.3f} ; {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="112"/>
        <source>Test set of every fold: &apos;random&apos; (the fold&apos;s landslides against its unlabeled samples); the threshold metrics are at 0.5.</source>
        <translation>Ensemble de test de chaque pli : « random » (les glissements du pli contre ses échantillons non étiquetés) ; les métriques à seuil sont calculées à 0,5.</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="177"/>
        <source>Cannot write the out-of-fold layer: {}</source>
        <translation>Impossible d'écrire la couche hors pli : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="125"/>
        <source>Cross-validate model</source>
        <translation>Validation croisée d'un modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/_cv_io.py" line="81"/>
        <source>Temporal folds need a time field: choose the field holding the year or date of each sample.</source>
        <translation>Les plis temporels nécessitent un champ de temps : choisissez le champ contenant l'année ou la date de chaque échantillon.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="102"/>
        <source>Samples or mapping units</source>
        <translation>Échantillons ou unités cartographiques</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="122"/>
        <source>Model type, as in lsm:trainmodel ({}).</source>
        <translation>Type de modèle, comme dans lsm:trainmodel ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="211"/>
        <source>Time field (temporal folds)</source>
        <translation>Champ de temps (plis temporels)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="126"/>
        <source>Out-of-fold assessment of any model type of lsm:trainmodel on sample points (landslides 1, unlabeled 0) or mapping units (polygons with factor fields, label ls_presence of lsm:unitfactors). Folds: stratified k-fold, spatial blocks, k-means of the coordinates (unit centroids), leave one group out, leave one out (pooled metrics) or temporal (each later time tested by a model of the earlier times only), optionally repeated. Each fold trains on negatives drawn from its own training unlabeled samples and is tested on its landslides against its unlabeled samples (test set &apos;random&apos;).

Outputs: per-fold metrics, their mean, sd and 95 % interval, the out-of-fold score of every sample as a layer, a ROC / PR figure of the folds and a run record (the dock shows the spread).</source>
        <translation>Évaluation hors pli de tout type de modèle de lsm:trainmodel sur des points d'échantillons (glissements de terrain 1, non étiquetés 0) ou des unités cartographiques (polygones avec champs de facteurs, étiquette ls_presence de lsm:unitfactors). Plis : k plis stratifiés, blocs spatiaux, k-means des coordonnées (centroïdes des unités), un groupe laissé de côté, un laissé de côté (métriques regroupées) ou temporel (chaque date ultérieure testée par un modèle des seules dates antérieures), éventuellement répétés. Chaque pli s'entraîne sur des négatifs tirés de ses propres échantillons non étiquetés d'entraînement et est testé sur ses glissements de terrain face à ses échantillons non étiquetés (ensemble de test « random »).

Sorties : métriques par pli, leur moyenne, écart-type et intervalle à 95 %, le score hors pli de chaque échantillon sous forme de couche, une figure ROC / PR des plis et une fiche d'exécution (le panneau montre la dispersion).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="127"/>
        <source>Balanced random forest</source>
        <translation>Forêt aléatoire équilibrée</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="128"/>
        <source>EasyEnsemble (AdaBoost members)</source>
        <translation>EasyEnsemble (membres AdaBoost)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="129"/>
        <source>SMOTE + deep neural network</source>
        <translation>SMOTE + réseau de neurones profond</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="130"/>
        <source>ADASYN + deep neural network</source>
        <translation>ADASYN + réseau de neurones profond</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="131"/>
        <source>Random forest (benchmark)</source>
        <translation>Forêt aléatoire (référence)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="132"/>
        <source>Deep neural network (benchmark)</source>
        <translation>Réseau de neurones profond (référence)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="133"/>
        <source>Support vector machine (RBF)</source>
        <translation>Machine à vecteurs de support (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="134"/>
        <source>Logistic regression</source>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="135"/>
        <source>Kernel logistic regression (RBF)</source>
        <translation>Régression logistique à noyau (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="136"/>
        <source>SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)</source>
        <translation>SMOTE + CNN-LSTM avec attention spatiale (CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="137"/>
        <source>1-D convolutional network on the factors (CNN-LSTM-SAM baseline)</source>
        <translation>Réseau convolutif 1D sur les facteurs (référence CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="138"/>
        <source>Frequency ratio (summed, normalised 0-1)</source>
        <translation>Ratio de fréquence (sommé, normalisé 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="139"/>
        <source>Information value (summed, normalised 0-1)</source>
        <translation>Valeur informative (sommée, normalisée 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="140"/>
        <source>Weights of evidence (summed contrast, normalised 0-1)</source>
        <translation>Poids de l'évidence (contraste sommé, normalisé 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="141"/>
        <source>Logistic regression with coefficient table (unpenalised)</source>
        <translation>Régression logistique avec table des coefficients (non pénalisée)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="142"/>
        <source>Gradient boosting (LightGBM, class-balanced)</source>
        <translation>Boosting de gradient (LightGBM, classes équilibrées)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="143"/>
        <source>Stratified k-fold</source>
        <translation>k plis stratifiés</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="144"/>
        <source>Spatial blocks (square blocks of the block size)</source>
        <translation>Blocs spatiaux (blocs carrés de la taille de bloc)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="145"/>
        <source>k-means clusters of the coordinates</source>
        <translation>groupes k-means des coordonnées</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="146"/>
        <source>Leave one group out (group field)</source>
        <translation>Un groupe laissé de côté (champ de groupe)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="147"/>
        <source>Leave one out (each sample or unit alone; metrics pooled)</source>
        <translation>Un laissé de côté (chaque échantillon ou unité seul ; métriques regroupées)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="148"/>
        <source>Temporal (time field: train on earlier times, test on each later one)</source>
        <translation>Temporel (champ de temps : entraînement sur les dates antérieures, test sur chaque date ultérieure)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="149"/>
        <source>Point layer of samples (landslides 1, unlabeled cells 0, e.g. an lsm:buildsamples output) or a polygon layer of mapping units with factor fields and a 0/1 field (lsm:unitfactors: ls_presence); every sample is tested once per repeat (temporal folds: all but the earliest time), whatever its split field says.</source>
        <translation>Couche de points d'échantillons (glissements de terrain 1, cellules non étiquetées 0, par ex. une sortie de lsm:buildsamples) ou couche de polygones d'unités cartographiques avec des champs de facteurs et un champ 0/1 (lsm:unitfactors : ls_presence) ; chaque échantillon est testé une fois par répétition (plis temporels : tous sauf ceux de la date la plus ancienne), quelle que soit la valeur de son champ de partition.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="150"/>
        <source>Field holding 1 for landslides and 0 for the unlabeled samples (default &apos;label&apos;); NULL rows are skipped.</source>
        <translation>Champ valant 1 pour les glissements de terrain et 0 pour les échantillons non étiquetés (« label » par défaut) ; les lignes NULL sont ignorées.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="151"/>
        <source>Each fold trains on its training landslides and this many negatives per landslide, drawn from that fold&apos;s training unlabeled samples only; 0 uses all of them.</source>
        <translation>Chaque pli s'entraîne sur ses glissements de terrain d'entraînement et ce nombre de négatifs par glissement, tirés uniquement parmi les échantillons non étiquetés d'entraînement de ce pli ; 0 les utilise tous.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="152"/>
        <source>Overrides of the model&apos;s defaults, e.g. &apos;n_estimators=300&apos; (as in lsm:trainmodel).</source>
        <translation>Remplacements des valeurs par défaut du modèle, par ex. « n_estimators=300 » (comme dans lsm:trainmodel).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="153"/>
        <source>Write the per-fold metrics and their summary into the run store for the metrics dock.</source>
        <translation>Écrire les métriques par pli et leur résumé dans le registre d'exécutions pour le panneau des métriques.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="154"/>
        <source>How samples go to folds: at random by class, by whole square blocks, by k-means clusters of the coordinates (neighbours stay together), one fold per value of the group field (Fan et al. 2025 leave-one-event-out), one fold per sample (leave one out) or by time (temporal: never trains on a time later than the one it tests).</source>
        <translation>Répartition des échantillons dans les plis : au hasard par classe, par blocs carrés entiers, par groupes k-means des coordonnées (les voisins restent ensemble), un pli par valeur du champ de groupe (un événement laissé de côté, Fan et al. 2025), un pli par échantillon (un laissé de côté) ou selon le temps (temporel : n'entraîne jamais sur une date postérieure à celle qu'il teste).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="155"/>
        <source>k of the stratified, spatial-block and k-means folds (leave-one-group-out has one fold per group).</source>
        <translation>k des plis stratifiés, par blocs spatiaux et k-means (un groupe laissé de côté a un pli par groupe).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="156"/>
        <source>Side of the square blocks of the spatial folds, in the layer&apos;s map units.</source>
        <translation>Côté des blocs carrés des plis spatiaux, en unités de carte de la couche.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="157"/>
        <source>Field naming the event, region or year of each sample; every group needs landslides and unlabeled samples, and there must be at least two.</source>
        <translation>Champ indiquant l'événement, la région ou l'année de chaque échantillon ; chaque groupe doit contenir des glissements de terrain et des échantillons non étiquetés, et il doit y avoir au moins deux groupes.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="158"/>
        <source>Year, date or date-time of each sample (of its landslide inventory); every time after the earliest is one test fold, trained on the samples of earlier times; each needs landslides and unlabeled samples.</source>
        <translation>Année, date ou date-heure de chaque échantillon (de son inventaire de glissements de terrain) ; chaque date postérieure à la plus ancienne forme un pli de test, entraîné sur les échantillons des dates antérieures ; chacune nécessite des glissements de terrain et des échantillons non étiquetés.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="159"/>
        <source>Repeat the whole cross-validation with new folds and negatives; the interval is then the 2.5-97.5 percentiles of all fold values.</source>
        <translation>Répète toute la validation croisée avec de nouveaux plis et de nouveaux négatifs ; l'intervalle est alors celui des centiles 2,5-97,5 de toutes les valeurs des plis.</translation>
    </message>
</context>
<context>
    <name>DeformationMatrixAlgorithm</name>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="57"/>
        <source>Deformation raster</source>
        <translation>Raster de déformation</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="57"/>
        <source>Ground deformation, e.g. the LOS velocity of an SBAS-InSAR map in mm/yr (band 1).</source>
        <translation>Déformation du sol, par ex. la vitesse en ligne de visée (LOS) d'une carte SBAS-InSAR en mm/an (bande 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="62"/>
        <source>Deformation class edges (comma separated)</source>
        <translation>Bornes des classes de déformation (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="62"/>
        <source>Edges of the deformation classes, increasing; inf and -inf allowed. The default -inf,-10,-5,5,10,inf gives five classes of the signed velocity.</source>
        <translation>Bornes des classes de déformation, croissantes ; inf et -inf admis. La valeur par défaut -inf,-10,-5,5,10,inf donne cinq classes de la vitesse signée.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="72"/>
        <source>Class |velocity|</source>
        <translation>Classer |vitesse|</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="72"/>
        <source>Class the absolute value of the deformation (e.g. edges 0,5,10,20,inf) instead of the sign.</source>
        <translation>Classer la valeur absolue de la déformation (par ex. bornes 0,5,10,20,inf) au lieu de son signe.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="79"/>
        <source>Susceptibility raster</source>
        <translation>Raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="79"/>
        <source>A classed map (whole class codes, e.g. lsm:jenksclassify&apos;s output) or, with class edges below, a continuous susceptibility index; on the deformation raster&apos;s grid.</source>
        <translation>Une carte classée (codes de classe entiers, par ex. la sortie de lsm:jenksclassify) ou, avec les bornes de classes ci-dessous, un indice de susceptibilité continu ; sur la grille du raster de déformation.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="87"/>
        <source>Susceptibility class edges (comma separated)</source>
        <translation>Bornes des classes de susceptibilité (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="87"/>
        <source>For a continuous map: the edges of its classes, e.g. 0,0.2,0.4,0.6,0.8,1. Empty: the raster&apos;s values are class codes.</source>
        <translation>Pour une carte continue : les bornes de ses classes, par ex. 0,0.2,0.4,0.6,0.8,1. Vide : les valeurs du raster sont des codes de classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="99"/>
        <source>Susceptibility class labels (comma separated)</source>
        <translation>Libellés des classes de susceptibilité (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="99"/>
        <source>One label per susceptibility class. Default: Very low ... Very high for codes 1..5, else &apos;Class &lt;code&gt;&apos; (or the edges for a continuous map).</source>
        <translation>Un libellé par classe de susceptibilité. Par défaut : Très faible ... Très élevée pour les codes 1..5, sinon « Class &lt;code&gt; » (ou les bornes pour une carte continue).</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="112"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="112"/>
        <source>Write the matrix and its statistics into the run store.</source>
        <translation>Écrire la matrice et ses statistiques dans le registre d'exécutions.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="119"/>
        <source>Matrix table (CSV)</source>
        <translation>Table de la matrice (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="119"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="119"/>
        <source>One row per pair of classes: cells, share of the deformation class, of the susceptibility class.</source>
        <translation>Une ligne par paire de classes : cellules, part de la classe de déformation, de la classe de susceptibilité.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="128"/>
        <source>Matrix heatmap (PNG)</source>
        <translation>Carte de chaleur de la matrice (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="128"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="128"/>
        <source>Heatmap of the row shares with the cell counts.</source>
        <translation>Carte de chaleur des parts par ligne avec les nombres de cellules.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="135"/>
        <source>Chi-square statistic</source>
        <translation>Statistique du khi-deux</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="136"/>
        <source>Chi-square p-value</source>
        <translation>Valeur p du khi-deux</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="137"/>
        <source>Cramer&apos;s V</source>
        <translation>V de Cramér</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="138"/>
        <source>Run record</source>
        <translation>Fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="139"/>
        <source>Run id</source>
        <translation>Identifiant d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="144"/>
        <source>The {} could not be opened.</source>
        <translation>Le {} n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="147"/>
        <source>The {} &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>Le {} « {} » n'est pas un fichier sur le disque ({}) ; enregistrez-le d'abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="155"/>
        <source>deformation raster</source>
        <translation>raster de déformation</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="156"/>
        <source>susceptibility raster</source>
        <translation>raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="188"/>
        <source>{} susceptibility labels were given for {} classes ({}): give one label per class.</source>
        <translation>{} libellés de susceptibilité ont été donnés pour {} classes ({}) : donnez un libellé par classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="198"/>
        <source>{} cells counted in {} deformation x {} susceptibility classes.</source>
        <translation>{} cellules comptées dans {} classes de déformation x {} classes de susceptibilité.</translation>
    </message>
    <message>
        <location filename="../algorithms/deformationmatrix.py" line="203"/>
        <source>Chi-square {:.6g} (dof {}), p-value {:.3g}, Cramer&apos;s V {:.4f}.</source>
        <translation>Khi-deux {:.6g} (ddl {}), valeur p {:.3g}, V de Cramér {:.4f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="161"/>
        <source>Deformation x susceptibility matrix</source>
        <translation>Matrice déformation x susceptibilité</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="162"/>
        <source>Checks a susceptibility map against ground deformation (e.g. an SBAS-InSAR velocity map in mm/yr), as Tang et al. 2026 do: the cells of each deformation class (user breaks on the signed velocity or on |velocity|) counted per susceptibility class (a classed map such as lsm:jenksclassify writes, or a continuous map with breaks), with row and column shares, the chi-square test and Cramer&apos;s V.

Both rasters must be on one grid (lsm:alignfactors puts them there). Outputs: a CSV table, a PNG heatmap and a run record.</source>
        <translation>Confronte une carte de susceptibilité à la déformation du sol (par ex. une carte de vitesse SBAS-InSAR en mm/an), comme le font Tang et al. 2026 : les cellules de chaque classe de déformation (seuils de l'utilisateur sur la vitesse signée ou sur |vitesse|) comptées par classe de susceptibilité (une carte classée telle que l'écrit lsm:jenksclassify, ou une carte continue avec des seuils), avec les parts par ligne et par colonne, le test du khi-deux et le V de Cramér.

Les deux rasters doivent être sur une même grille (lsm:alignfactors les y place). Sorties : une table CSV, une carte de chaleur PNG et une fiche d'exécution.</translation>
    </message>
</context>
<context>
    <name>EvaluateModelAlgorithm</name>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="83"/>
        <source>Model bundle</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="89"/>
        <source>A model bundle; the samples need a field per factor of the bundle. Trusted files only.</source>
        <translation>Un paquet de modèle ; les échantillons nécessitent un champ par facteur du paquet. Fichiers de confiance uniquement.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="93"/>
        <source>Susceptibility raster</source>
        <translation>Raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="94"/>
        <source>Instead of a bundle: a susceptibility raster (e.g. lsm:predictraster&apos;s output).</source>
        <translation>Au lieu d'un paquet : un raster de susceptibilité (par ex. la sortie de lsm:predictraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="96"/>
        <source>Raster band</source>
        <translation>Bande du raster</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="101"/>
        <source>Threshold (landslide when score &gt;= threshold)</source>
        <translation>Seuil (glissement si score &gt;= seuil)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="114"/>
        <source>Run name (for the run record)</source>
        <translation>Nom de l'exécution (pour la fiche d'exécution)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="120"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="125"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="128"/>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="133"/>
        <source>Precision-recall curve</source>
        <translation>Courbe précision-rappel</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="138"/>
        <source>ROC and PR curves (PNG)</source>
        <translation>Courbes ROC et PR (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="138"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="146"/>
        <source>Run record</source>
        <translation>Fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="147"/>
        <source>Run id</source>
        <translation>Identifiant d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="148"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="149"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="150"/>
        <source>Balanced accuracy at the threshold</source>
        <translation>Exactitude équilibrée au seuil</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="151"/>
        <source>G-mean-best threshold</source>
        <translation>Seuil optimal selon la G-mean</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="157"/>
        <source>Give either a model bundle or a susceptibility raster (one of the two).</source>
        <translation>Fournissez soit un paquet de modèle, soit un raster de susceptibilité (l'un des deux).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="220"/>
        <source>{} on {} test landslides and {} negatives of &apos;{}&apos;:</source>
        <translation>{} sur {} glissements de test et {} négatifs de « {} » :</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="231"/>
        <source>(columns: threshold {:.3f}, G-mean-best threshold {:.3f})</source>
        <translation>(colonnes : seuil {:.3f}, seuil optimal G-mean {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="240"/>
        <source>Using the {} &apos;test&apos; rows of the split field.</source>
        <translation>Utilisation des {} lignes « test » du champ de partition.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="102"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model, which needs its factor rasters: map it (lsm:lsnetpredict) and evaluate the map with the raster input.</source>
        <translation>Le paquet de modèle « {} » est un modèle « {} », qui a besoin de ses rasters de facteurs : cartographiez-le (lsm:lsnetpredict) et évaluez la carte avec l'entrée raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="140"/>
        <source>The samples layer could not be opened.</source>
        <translation>La couche d'échantillons n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="108"/>
        <source>The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). Evaluate with samples that carry the bundle&apos;s factors ({}).</source>
        <translation>Le paquet de modèle nécessite le(s) champ(s) de facteur {} absent(s) de la couche d'échantillons (ses champs : {}). Évaluez avec des échantillons qui portent les facteurs du paquet ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="123"/>
        <source>Model {}</source>
        <translation>Modèle {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="133"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation>La bande {} n'existe pas dans « {} » ({} bande(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="157"/>
        <source>{} test point(s) fall outside raster &apos;{}&apos; and {} on nodata: left out.</source>
        <translation>{} point(s) de test tombent hors du raster « {} » et {} sur nodata : écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="164"/>
        <source>No test point of &apos;{}&apos; falls on a value of raster &apos;{}&apos;: check that they cover the same area.</source>
        <translation>Aucun point de test de « {} » ne tombe sur une valeur du raster « {} » : vérifiez qu'ils couvrent la même zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/_evaluate_io.py" line="171"/>
        <source>Raster {}</source>
        <translation>Raster {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="163"/>
        <source>Evaluate susceptibility model</source>
        <translation>Évaluer un modèle de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="99"/>
        <source>Band of the susceptibility raster holding the scores (default 1).</source>
        <translation>Bande du raster de susceptibilité contenant les scores (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="110"/>
        <source>Scores at or above it count as landslide for the threshold metrics (default 0.5).</source>
        <translation>Les scores supérieurs ou égaux comptent comme glissement pour les métriques à seuil (0,5 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="117"/>
        <source>Name of the run in the metrics dock; empty: the model type and the run id.</source>
        <translation>Nom de l'exécution dans le panneau des métriques ; vide : le type de modèle et l'identifiant d'exécution.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="121"/>
        <source>Write the metrics and curves as a run record into the run store for the metrics dock.</source>
        <translation>Écrire les métriques et les courbes comme fiche d'exécution dans le registre d'exécutions pour le panneau des métriques.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="164"/>
        <source>Evaluates a model on test samples: a model bundle applied to the samples&apos; factor fields (named as the bundle&apos;s factors), or a susceptibility raster sampled at the test points. Only the &apos;test&apos; rows of the split field are used when there is one.

Metrics: overall accuracy, precision, sensitivity, specificity, balanced accuracy, G-mean, F1 and kappa at the threshold and at the G-mean-best threshold (optimistic: chosen on the test set), ROC-AUC and PR-AUC. Outputs: the metrics table, ROC and PR curve tables, a PNG of both curves and a run record for the metrics dock.

Bundles hold pickled Python objects: open only bundles from sources you trust.</source>
        <translation>Évalue un modèle sur des échantillons de test : un paquet de modèle appliqué aux champs de facteurs des échantillons (nommés comme les facteurs du paquet), ou un raster de susceptibilité échantillonné aux points de test. Seules les lignes « test » du champ de partition sont utilisées s'il y en a un.

Métriques : exactitude globale, précision, sensibilité, spécificité, exactitude équilibrée, G-mean, F1 et kappa au seuil et au seuil optimal G-mean (optimiste : choisi sur l'ensemble de test), ROC-AUC et PR-AUC. Sorties : le tableau des métriques, les tables des courbes ROC et PR, un PNG des deux courbes et une fiche d'exécution pour le panneau des métriques.

Les paquets contiennent des objets Python sérialisés (pickle) : n'ouvrez que des paquets provenant de sources de confiance.</translation>
    </message>
</context>
<context>
    <name>ExplainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/explainmodel.py" line="93"/>
        <source>Model bundle</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="94"/>
        <source>A model bundle of lsm:trainmodel; the samples need a field per factor of the bundle.</source>
        <translation>Un paquet de modèle de lsm:trainmodel ; les échantillons doivent avoir un champ par facteur du paquet.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="103"/>
        <source>Rows to explain (at most)</source>
        <translation>Lignes à expliquer (au plus)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="103"/>
        <source>SHAP values are computed for at most this many rows (the test rows when there is a split), drawn at random with the seed.</source>
        <translation>Les valeurs SHAP sont calculées pour au plus ce nombre de lignes (les lignes de test s'il y a une partition), tirées au hasard avec la graine.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="113"/>
        <source>Background rows (sampled explainer)</source>
        <translation>Lignes de fond (explicateur échantillonné)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="113"/>
        <source>Reference rows of the sampled explainer (training rows, drawn with the seed); more rows: steadier values, slower. Tree models do not use them.</source>
        <translation>Lignes de référence de l'explicateur échantillonné (lignes d'entraînement, tirées avec la graine) ; plus de lignes : valeurs plus stables, plus lent. Les modèles à arbres ne les utilisent pas.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="128"/>
        <source>Dependence plots (top factors)</source>
        <translation>Graphiques de dépendance (principaux facteurs)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="128"/>
        <source>Number of the most important factors that get a dependence plot.</source>
        <translation>Nombre des facteurs les plus importants qui reçoivent un graphique de dépendance.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="133"/>
        <source>Permutation repeats</source>
        <translation>Répétitions de permutation</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="133"/>
        <source>Times each factor is shuffled for the permutation importance (mean and sd reported).</source>
        <translation>Nombre de fois que chaque facteur est mélangé pour l'importance par permutation (moyenne et écart-type rapportés).</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="141"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="142"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="143"/>
        <source>Mean |SHAP| per factor (CSV)</source>
        <translation>|SHAP| moyen par facteur (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="143"/>
        <source>Global importance bar chart (PNG)</source>
        <translation>Diagramme en barres de l'importance globale (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="143"/>
        <source>Beeswarm figure (PNG)</source>
        <translation>Figure en essaim (beeswarm) (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="143"/>
        <source>Dependence plots (PNG)</source>
        <translation>Graphiques de dépendance (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="150"/>
        <source>Where to write this output; empty (optional ones): not written.</source>
        <translation>Où écrire cette sortie ; vide (sorties facultatives) : non écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="152"/>
        <source>Permutation importance</source>
        <translation>Importance par permutation</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="155"/>
        <source>Table: factor, mean drop of the test ROC-AUC when it is shuffled, its sd.</source>
        <translation>Table : facteur, baisse moyenne de la ROC-AUC de test quand il est mélangé, son écart-type.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="157"/>
        <source>Class or coefficient table (classic models)</source>
        <translation>Table des classes ou des coefficients (modèles classiques)</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="163"/>
        <source>For fr / iv / woe bundles the class table (counts, FR, IV, W+, W-, contrast, studentised contrast per factor class); for logit bundles the coefficient table. Other models: empty.</source>
        <translation>Pour les paquets fr / iv / woe, la table des classes (effectifs, FR, IV, W+, W-, contraste, contraste studentisé par classe de facteur) ; pour les paquets logit, la table des coefficients. Autres modèles : vide.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="170"/>
        <source>Largest additivity error of the SHAP values</source>
        <translation>Plus grande erreur d'additivité des valeurs SHAP</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="181"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model: only lsm:trainmodel bundles can be explained.</source>
        <translation>Le paquet de modèle « {} » est un modèle « {} » : seuls les paquets de lsm:trainmodel peuvent être expliqués.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="183"/>
        <source>The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). Explain the model on samples that carry the bundle&apos;s factors ({}).</source>
        <translation>Le paquet de modèle nécessite le(s) champ(s) de facteurs {} qui manquent à la couche d'échantillons (ses champs : {}). Expliquez le modèle sur des échantillons qui portent les facteurs du paquet ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="214"/>
        <source>The samples layer has no row with a label and every factor value: nothing to explain.</source>
        <translation>La couche d'échantillons n'a aucune ligne avec une étiquette et toutes les valeurs de facteurs : rien à expliquer.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="222"/>
        <source>Explaining the {} &apos;test&apos; rows of the split field.</source>
        <translation>Explication des {} lignes « test » du champ de partition.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="225"/>
        <source>No &apos;test&apos; rows in the split field: every row is explained and permuted (optimistic).</source>
        <translation>Aucune ligne « test » dans le champ de partition : chaque ligne est expliquée et permutée (optimiste).</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="239"/>
        <source>SHAP values ({} explainer, {} scale) of {} rows of &apos;{}&apos;; mean |SHAP| per factor:</source>
        <translation>Valeurs SHAP (explicateur {}, échelle {}) de {} lignes de « {} » ; |SHAP| moyen par facteur :</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="247"/>
        <source>Additivity check: base value + sum of SHAP values = model output within {:.2e} (tolerance {:.0e}).</source>
        <translation>Contrôle d'additivité : valeur de base + somme des valeurs SHAP = sortie du modèle à {:.2e} près (tolérance {:.0e}).</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="267"/>
        <source>Model {}</source>
        <translation>Modèle {}</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="281"/>
        <source>The test rows hold one class only: no permutation importance.</source>
        <translation>Les lignes de test ne contiennent qu'une seule classe : pas d'importance par permutation.</translation>
    </message>
    <message>
        <location filename="../algorithms/explainmodel.py" line="292"/>
        <source>Permutation importance (drop of the ROC-AUC on {} rows):</source>
        <translation>Importance par permutation (baisse de la ROC-AUC sur {} lignes) :</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="165"/>
        <source>Explain susceptibility model (SHAP)</source>
        <translation>Expliquer un modèle de susceptibilité (SHAP)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="166"/>
        <source>Why the map says what it says: SHAP values of a model bundle on the rows of a sample layer (exact TreeExplainer values for forests and gradient boosting, a sampled permutation explainer for the other models), with a bar chart of mean |SHAP| per factor, a beeswarm figure, dependence plots of the top factors and a CSV of mean |SHAP|. Categorical factors count as one factor. The log shows the additivity check (base value + sum of SHAP = model output). Permutation importance (drop of ROC-AUC) on the test rows is the model-agnostic companion. Classic models also give their class or coefficient table.</source>
        <translation>Pourquoi la carte dit ce qu'elle dit : les valeurs SHAP d'un paquet de modèle sur les lignes d'une couche d'échantillons (valeurs exactes de TreeExplainer pour les forêts et le gradient boosting, un explicateur par permutation échantillonné pour les autres modèles), avec un diagramme en barres du |SHAP| moyen par facteur, une figure en essaim (beeswarm), des graphiques de dépendance des principaux facteurs et un CSV du |SHAP| moyen. Les facteurs catégoriels comptent comme un seul facteur. Le journal montre le contrôle d'additivité (valeur de base + somme des SHAP = sortie du modèle). L'importance par permutation (baisse de la ROC-AUC) sur les lignes de test est le complément indépendant du modèle. Les modèles classiques donnent aussi leur table des classes ou des coefficients.</translation>
    </message>
</context>
<context>
    <name>FactorScreeningAlgorithm</name>
    <message>
        <location filename="../algorithms/factorscreening.py" line="73"/>
        <source>Sample layer</source>
        <translation>Couche d'échantillons</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="76"/>
        <source>Samples with factor fields and a label (e.g. from lsm:buildsamples).</source>
        <translation>Échantillons avec des champs de facteurs et une étiquette (par ex. issus de lsm:buildsamples).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="78"/>
        <source>Factor fields</source>
        <translation>Champs de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="86"/>
        <source>Default: every numeric field but label, row, col, prior and fid.</source>
        <translation>Par défaut : tous les champs numériques sauf label, row, col, prior et fid.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="88"/>
        <source>Label field (1 landslide, 0 other)</source>
        <translation>Champ d'étiquette (1 glissement, 0 autre)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="95"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;).</source>
        <translation>Champ valant 1 pour les glissements de terrain et 0 pour les autres échantillons (« label » par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="97"/>
        <source>Use only the training samples (split = &apos;train&apos;)</source>
        <translation>Utiliser uniquement les échantillons d'entraînement (split = 'train')</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="100"/>
        <source>Keeps the test samples out of the screening; ignored when the layer has no &apos;split&apos; field.</source>
        <translation>Tient les échantillons de test à l'écart du criblage ; ignoré si la couche n'a pas de champ « split ».</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="106"/>
        <source>Factor rasters (instead of samples)</source>
        <translation>Rasters de facteurs (au lieu d'échantillons)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="112"/>
        <source>VIF and correlation over all valid cells, streamed block by block.</source>
        <translation>VIF et corrélation sur toutes les cellules valides, calculés bloc par bloc.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="114"/>
        <source>Mask (study area) for the rasters</source>
        <translation>Masque (zone d'étude) pour les rasters</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="120"/>
        <source>Only cells inside these polygons count in raster mode.</source>
        <translation>Seules les cellules à l'intérieur de ces polygones comptent en mode raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="122"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="125"/>
        <source>Factors holding class codes: one-hot blocks with a generalised VIF.</source>
        <translation>Facteurs contenant des codes de classe : blocs one-hot avec un VIF généralisé.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="127"/>
        <source>VIF threshold</source>
        <translation>Seuil de VIF</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="137"/>
        <source>Factors are removed while their VIF exceeds it (10: Zhang et al. 2022, Fan et al. 2025).</source>
        <translation>Les facteurs sont retirés tant que leur VIF le dépasse (10 : Zhang et al. 2022, Fan et al. 2025).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="143"/>
        <source>|Pearson r| threshold</source>
        <translation>Seuil de |r de Pearson|</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="154"/>
        <source>Pairs above it lose the member with the higher VIF (0.6: Zhang et al. 2022).</source>
        <translation>Les paires qui le dépassent perdent le membre au VIF le plus élevé (0,6 : Zhang et al. 2022).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="156"/>
        <source>Random-forest trees (Gini importance)</source>
        <translation>Arbres de la forêt aléatoire (importance de Gini)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="163"/>
        <source>Trees of the random forest whose mean decrease in impurity ranks the factors (default 200).</source>
        <translation>Arbres de la forêt aléatoire dont la diminution moyenne d'impureté classe les facteurs (200 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="169"/>
        <source>Classes for the information gain</source>
        <translation>Classes pour le gain d'information</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="177"/>
        <source>Jenks natural-breaks classes of each continuous factor.</source>
        <translation>Classes par seuils naturels de Jenks de chaque facteur continu.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="189"/>
        <source>Seed of the random forest.</source>
        <translation>Graine de la forêt aléatoire.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="200"/>
        <source>Factor screening table</source>
        <translation>Table de criblage des facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="203"/>
        <source>One row per factor: VIF, TOL, GVIF, max |r| and partner, Gini, information gain, kept/removed and why.</source>
        <translation>Une ligne par facteur : VIF, TOL, GVIF, |r| max et partenaire, Gini, gain d'information, conservé/retiré et pourquoi.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="209"/>
        <source>Correlation matrix</source>
        <translation>Matrice de corrélation</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="212"/>
        <source>The factor correlation matrix, one row per factor.</source>
        <translation>La matrice de corrélation des facteurs, une ligne par facteur.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="214"/>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="214"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="217"/>
        <source>Self-contained HTML with the table, the elimination order and the charts.</source>
        <translation>HTML autonome avec le tableau, l'ordre d'élimination et les graphiques.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="219"/>
        <source>Kept factors (comma separated)</source>
        <translation>Facteurs conservés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="220"/>
        <source>Removed factors (comma separated)</source>
        <translation>Facteurs retirés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="49"/>
        <source>Layer &apos;{}&apos; has no label field &apos;{}&apos; (its fields: {}).</source>
        <translation>La couche « {} » n'a pas de champ d'étiquette « {} » (ses champs : {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="60"/>
        <source>Using the {} training samples of &apos;{}&apos;.</source>
        <translation>Utilisation des {} échantillons d'entraînement de « {} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="67"/>
        <source>Layer &apos;{}&apos; has no usable (labelled) sample.</source>
        <translation>La couche « {} » n'a aucun échantillon utilisable (étiqueté).</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="84"/>
        <source>Gini importance left out: {}</source>
        <translation>Importance de Gini écartée : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="115"/>
        <source>mask</source>
        <translation>masque</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="133"/>
        <source>No sample layer given: importance (Gini, information gain) is left out.</source>
        <translation>Aucune couche d'échantillons fournie : l'importance (Gini, gain d'information) est écartée.</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="158"/>
        <source>Give a sample layer (with its factor fields) or factor rasters to screen.</source>
        <translation>Fournissez une couche d'échantillons (avec ses champs de facteurs) ou des rasters de facteurs à cribler.</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="167"/>
        <source>Categorical factor(s) {} are not among the factor fields ({}).</source>
        <translation>Le(s) facteur(s) catégoriel(s) {} ne figurent pas parmi les champs de facteurs ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="198"/>
        <source>Factor screening</source>
        <translation>Criblage des facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="269"/>
        <source>Kept factors: {}</source>
        <translation>Facteurs conservés : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="167"/>
        <source>Factor screening (VIF, correlation, importance)</source>
        <translation>Criblage des facteurs (VIF, corrélation, importance)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="168"/>
        <source>Screens conditioning factors for multicollinearity and ranks them before any model is trained: exact VIF and TOL of every factor (GVIF^(1/df) for categorical ones), the Pearson correlation matrix, and iterative elimination (highest VIF above the threshold first, then the more collinear member of each pair with |r| above the threshold).

With labelled samples: random-forest Gini importance and information gain. Input: a sample layer and its factor fields (training samples by default), or factor rasters (optionally within a mask).

Outputs: the factor table, the correlation matrix, the kept factors (comma separated) and an HTML report with charts.</source>
        <translation>Crible les facteurs conditionnants pour la multicolinéarité et les classe avant d'entraîner tout modèle : VIF et TOL exacts de chaque facteur (GVIF^(1/df) pour les catégoriels), la matrice de corrélation de Pearson et une élimination itérative (d'abord le VIF le plus élevé au-dessus du seuil, puis le membre le plus colinéaire de chaque paire dont |r| dépasse le seuil).

Avec des échantillons étiquetés : importance de Gini d'une forêt aléatoire et gain d'information. Entrée : une couche d'échantillons et ses champs de facteurs (échantillons d'entraînement par défaut), ou des rasters de facteurs (éventuellement dans un masque).

Sorties : la table des facteurs, la matrice de corrélation, les facteurs conservés (séparés par des virgules) et un rapport HTML avec des graphiques.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="179"/>
        <source>Keep the top k factors by mRMR (0 = all)</source>
        <translation>Garder les k meilleurs facteurs selon mRMR (0 = tous)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="179"/>
        <source>With a sample layer: the k best factors of the mRMR ranking (relevance I(f; y) minus the mean redundancy with the factors already selected) are written as the selected factor list.</source>
        <translation>Avec une couche d'échantillons : les k meilleurs facteurs du classement mRMR (pertinence I(f; y) moins la redondance moyenne avec les facteurs déjà sélectionnés) sont écrits comme liste des facteurs sélectionnés.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="223"/>
        <source>Factors selected by mRMR (comma separated, selection order)</source>
        <translation>Facteurs sélectionnés par mRMR (séparés par des virgules, ordre de sélection)</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="73"/>
        <source>&apos;{}&apos; screening</source>
        <translation>Criblage « {} »</translation>
    </message>
    <message>
        <location filename="../algorithms/_screening_io.py" line="97"/>
        <source>mRMR selection order: {}</source>
        <translation>Ordre de sélection mRMR : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="190"/>
        <source>Raster mode: address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786); the passes over the factor rasters (classes of categorical factors, the covariance) run as one task per block on its workers, which read the rasters and the rasterised mask from the same paths (readable there), with numpy, GDAL and this plugin importable as &apos;landslide_susceptibility&apos;; the result is the same as a run here. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Mode raster : adresse d'un ordonnanceur Dask distributed en service (p. ex. tcp://10.0.0.5:8786) ; les passages sur les rasters de facteurs (classes des facteurs catégoriels, covariance) s'exécutent en une tâche par bloc sur ses workers, qui lisent les rasters et le masque rastérisé aux mêmes chemins (lisibles là-bas), avec numpy, GDAL et ce plugin importable sous le nom 'landslide_susceptibility' ; le résultat est le même qu'une exécution ici. Nécessite le paquet 'distributed'. Vide : exécution ici.</translation>
    </message>
</context>
<context>
    <name>FcnPredictAlgorithm</name>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="40"/>
        <source>FCN bundle</source>
        <translation>Fichier de modèle FCN</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="41"/>
        <source>A .lsmodel file written by lsm:trainfcn.</source>
        <translation>Un fichier .lsmodel écrit par lsm:trainfcn.</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="43"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="44"/>
        <source>The factors the FCN was trained on, named as at training (extra rasters are ignored).</source>
        <translation>Les facteurs sur lesquels le réseau FCN a été entraîné, nommés comme à l'entraînement (les rasters supplémentaires sont ignorés).</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="48"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto : un GPU CUDA si torch en voit un, sinon le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="49"/>
        <source>FCN susceptibility</source>
        <translation>Susceptibilité FCN</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="50"/>
        <source>Cells predicted</source>
        <translation>Cellules prédites</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="59"/>
        <source>FCN on {} x {} cells, windows of {} cells with overlap {:g}, device {}.</source>
        <translation>FCN sur {} x {} cellules, fenêtres de {} cellules avec un recouvrement de {:g}, périphérique {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="65"/>
        <source>{} cells predicted.</source>
        <translation>{} cellules prédites.</translation>
    </message>
    <message>
        <location filename="../algorithms/fcnpredict.py" line="67"/>
        <source>Susceptibility</source>
        <translation>Susceptibilité</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="169"/>
        <source>Predict susceptibility with the FCN</source>
        <translation>Prédire la susceptibilité avec le réseau FCN</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="170"/>
        <source>Maps the landslide probability of every cell with an FCN bundle made by lsm:trainfcn (Fan et al. 2025). The factor rasters are matched to the bundle by name and must have the training cell size.

Windows of the training size and overlap cover the rasters; each window&apos;s map is weighted by a separable linear ramp over its overlap and the weights are normalised to sum to 1 on every cell, so there are no seams. The windows are streamed row by row (memory of one window row). Cells with a nodata factor get -9999.</source>
        <translation>Cartographie la probabilité de glissement de terrain de chaque cellule avec un paquet de modèle FCN créé par lsm:trainfcn (Fan et al. 2025). Les rasters de facteurs sont associés au paquet de modèle par leur nom et doivent avoir la taille de cellule de l'entraînement.

Des fenêtres de la taille et du recouvrement de l'entraînement couvrent les rasters ; la carte de chaque fenêtre est pondérée par une rampe linéaire séparable sur son recouvrement et les poids sont normalisés pour que leur somme vaille 1 sur chaque cellule, ce qui évite toute couture. Les fenêtres sont traitées en flux rangée par rangée (mémoire d'une rangée de fenêtres). Les cellules dont un facteur est nodata reçoivent -9999.</translation>
    </message>
</context>
<context>
    <name>FrequencyRatioAlgorithm</name>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="57"/>
        <source>Conditioning factors</source>
        <translation>Facteurs conditionnants</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="58"/>
        <source>Single-band rasters and/or multi-band stacks on one grid.</source>
        <translation>Rasters à une bande et/ou piles multibandes sur une même grille.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="60"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="63"/>
        <source>Classed by value (lithology, land cover, ...).</source>
        <translation>Classés par valeur (lithologie, occupation du sol, ...).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="65"/>
        <source>Landslide inventory</source>
        <translation>Inventaire des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="70"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation>Points ou polygones de glissements de terrain (tout SCR ; transformés dans le SCR des rasters).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="72"/>
        <source>Study area</source>
        <translation>Zone d'étude</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="75"/>
        <source>Only cells inside these polygons count (default: every valid cell).</source>
        <translation>Seules les cellules à l'intérieur de ces polygones comptent (par défaut : toutes les cellules valides).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="77"/>
        <source>Classes of continuous factors</source>
        <translation>Classes des facteurs continus</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="77"/>
        <source>Jenks natural breaks (exact)</source>
        <translation>Seuils naturels de Jenks (exacts)</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="77"/>
        <source>Equal interval</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="77"/>
        <source>Quantile</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="83"/>
        <source>Jenks natural breaks (exact, over all cells), equal intervals or quantiles.</source>
        <translation>Seuils naturels de Jenks (exacts, sur toutes les cellules), intervalles égaux ou quantiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="85"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="93"/>
        <source>Classes per continuous factor (default 5).</source>
        <translation>Classes par facteur continu (5 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="95"/>
        <source>Frequency ratio table</source>
        <translation>Table des ratios de fréquence</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="98"/>
        <source>One row per factor class: range, cells, % area, landslide cells, % landslides, FR.</source>
        <translation>Une ligne par classe de facteur : intervalle, cellules, % de surface, cellules de glissement, % de glissements, FR.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="102"/>
        <source>Folder for FR rasters</source>
        <translation>Dossier des rasters FR</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="105"/>
        <source>One &apos;&lt;factor&gt;_fr.tif&apos; per factor, each cell holding the FR of its class.</source>
        <translation>Un « &lt;factor&gt;_fr.tif » par facteur, chaque cellule contenant le FR de sa classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="108"/>
        <source>FR rasters</source>
        <translation>Rasters FR</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="113"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation>Choisissez au moins un raster de facteur conditionnant.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="121"/>
        <source>The landslide inventory could not be opened.</source>
        <translation>L'inventaire des glissements de terrain n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="180"/>
        <source>{} landslide cell(s) outside the factor rasters were dropped.</source>
        <translation>{} cellule(s) de glissement hors des rasters de facteurs ont été écartées.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="184"/>
        <source>No landslide of &apos;{}&apos; lies on the factor rasters: check that they overlap (and the CRS).</source>
        <translation>Aucun glissement de « {} » ne se trouve sur les rasters de facteurs : vérifiez qu'ils se superposent (et le SCR).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="191"/>
        <source>Only {} landslide cell(s) of &apos;{}&apos; lie on the factor rasters: at least {} are needed.</source>
        <translation>Seules {} cellule(s) de glissement de « {} » se trouvent sur les rasters de facteurs : il en faut au moins {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="131"/>
        <source>study area</source>
        <translation>zone d'étude</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="143"/>
        <source>Only {} landslide cell(s) fall on valid factor cells (at least {} are needed): check the inventory&apos;s overlap with the rasters and the study area.</source>
        <translation>Seules {} cellule(s) de glissement tombent sur des cellules de facteurs valides (il en faut au moins {}) : vérifiez la superposition de l'inventaire avec les rasters et la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="207"/>
        <source>The FR raster &apos;{}&apos; would overwrite an input: choose another folder.</source>
        <translation>Le raster FR « {} » écraserait une entrée : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="171"/>
        <source>Frequency ratio of factor classes</source>
        <translation>Ratio de fréquence des classes de facteurs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="172"/>
        <source>Frequency ratio (FR) of every class of every conditioning factor (Zhang et al. 2022): FR = (% of the landslide cells in the class) / (% of the area in the class); FR &gt; 1 marks classes with more landslides than their share of the area.

Continuous factors are classed by exact Jenks breaks (default), equal intervals or quantiles; categorical ones by value. Outputs: the FR table and, with an output folder, one FR raster per factor (&apos;&lt;factor&gt;_fr.tif&apos;) usable as model input.</source>
        <translation>Ratio de fréquence (FR) de chaque classe de chaque facteur conditionnant (Zhang et al. 2022) : FR = (% des cellules de glissement dans la classe) / (% de la surface dans la classe) ; FR &gt; 1 signale les classes ayant plus de glissements de terrain que leur part de la surface.

Les facteurs continus sont classés par seuils de Jenks exacts (par défaut), intervalles égaux ou quantiles ; les catégoriels par valeur. Sorties : la table FR et, avec un dossier de sortie, un raster FR par facteur (« &lt;factor&gt;_fr.tif ») utilisable comme entrée de modèle.</translation>
    </message>
</context>
<context>
    <name>JenksClassifyAlgorithm</name>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="81"/>
        <source>Susceptibility raster</source>
        <translation>Raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="82"/>
        <source>The susceptibility index (e.g. the output of lsm:predictraster).</source>
        <translation>L'indice de susceptibilité (par ex. la sortie de lsm:predictraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="84"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="87"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="95"/>
        <source>5 in the literature (Very low ... Very high). Ignored for user-given breaks.</source>
        <translation>5 dans la littérature (Très faible ... Très élevée). Ignoré pour des seuils donnés par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Jenks natural breaks (exact)</source>
        <translation>Seuils naturels de Jenks (exacts)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Equal interval</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Quantile</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>User-given breaks</source>
        <translation>Seuils donnés par l'utilisateur</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="115"/>
        <source>User-given breaks (comma separated)</source>
        <translation>Seuils donnés par l'utilisateur (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="118"/>
        <source>Inner break values, e.g. 0.2,0.4,0.6,0.8, for the user-given method.</source>
        <translation>Valeurs de seuil intérieures, par ex. 0.2,0.4,0.6,0.8, pour la méthode des seuils donnés par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="120"/>
        <source>Class labels (comma separated)</source>
        <translation>Étiquettes des classes (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="123"/>
        <source>Default: Very low, Low, Moderate, High, Very high for 5 classes, else Class 1..k.</source>
        <translation>Par défaut : Très faible, Faible, Modérée, Élevée, Très élevée pour 5 classes, sinon Classe 1..k.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="141"/>
        <source>Classed susceptibility</source>
        <translation>Susceptibilité classée</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="144"/>
        <source>Class table</source>
        <translation>Table des classes</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="152"/>
        <source>Class table (CSV)</source>
        <translation>Table des classes (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="189"/>
        <source>Class edges (comma separated)</source>
        <translation>Bornes des classes (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="190"/>
        <source>Goodness of variance fit</source>
        <translation>Qualité d'ajustement de la variance</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="255"/>
        <source>Give the break values (comma separated) for user-given breaks.</source>
        <translation>Donnez les valeurs de seuil (séparées par des virgules) pour les seuils donnés par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="262"/>
        <source>User-given breaks must be numbers separated by commas, got &apos;{}&apos;.</source>
        <translation>Les seuils donnés par l'utilisateur doivent être des nombres séparés par des virgules, reçu « {} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="269"/>
        <source>The susceptibility raster could not be opened.</source>
        <translation>Le raster de susceptibilité n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="272"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation>La bande {} n'existe pas dans « {} » ({} bande(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="289"/>
        <source>{} labels were given for {} classes: give one label per class.</source>
        <translation>{} étiquettes ont été données pour {} classes : donnez une étiquette par classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="237"/>
        <source>Breaks ({}): {}</source>
        <translation>Seuils ({}) : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="242"/>
        <source>Goodness of variance fit: {:.6f} over {} valid pixels ({})</source>
        <translation>Qualité d'ajustement de la variance : {:.6f} sur {} pixels valides ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="108"/>
        <source>The landslide layer has no geometry.</source>
        <translation>La couche de glissements de terrain n'a pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="115"/>
        <source>No landslide polygon covers a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation>Aucun polygone de glissement ne couvre une cellule valide de « {} » : vérifiez que les couches se superposent.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="123"/>
        <source>The landslide layer has no points.</source>
        <translation>La couche de glissements de terrain n'a aucun point.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="128"/>
        <source>{} landslide point(s) outside the raster and {} on nodata were dropped.</source>
        <translation>{} point(s) de glissement hors du raster et {} sur nodata ont été écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="135"/>
        <source>No landslide point falls on a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation>Aucun point de glissement ne tombe sur une cellule valide de « {} » : vérifiez que les couches se superposent.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="173"/>
        <source>Classify susceptibility (Jenks natural breaks)</source>
        <translation>Classer la susceptibilité (seuils naturels de Jenks)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="161"/>
        <source>Run name (for the run record)</source>
        <translation>Nom de l'exécution (pour la fiche d'exécution)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="164"/>
        <source>With a run name, a model type or a run store, the class areas are written as a run record that the metrics dock shows in its class-area chart.</source>
        <translation>Avec un nom d'exécution, un type de modèle ou un registre d'exécutions, les surfaces des classes sont écrites dans une fiche d'exécution que le panneau des métriques affiche dans son graphique des surfaces des classes.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="172"/>
        <source>Model type of the map (for the run record)</source>
        <translation>Type de modèle de la carte (pour la fiche d'exécution)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="175"/>
        <source>e.g. brf, easyensemble, smote_dnn, rf, dnn, lsnet: the dock groups class areas by it.</source>
        <translation>par ex. brf, easyensemble, smote_dnn, rf, dnn, lsnet : le panneau regroupe les surfaces des classes selon ce type.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="180"/>
        <source>Folder of run records read by the metrics dock. Default (when a run name or model type is given): &apos;lsm_runs&apos; beside the saved project, else beside the output.</source>
        <translation>Dossier des fiches d'exécution lues par le panneau des métriques. Par défaut (si un nom d'exécution ou un type de modèle est donné) : « lsm_runs » à côté du projet enregistré, sinon à côté de la sortie.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="191"/>
        <source>Run record</source>
        <translation>Fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="85"/>
        <source>Band of the susceptibility raster to class (default 1).</source>
        <translation>Bande du raster de susceptibilité à classer (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="108"/>
        <source>Jenks: exact natural breaks over all valid pixels; equal interval; quantile (exact); or the breaks given below.</source>
        <translation>Jenks : seuils naturels exacts sur tous les pixels valides ; intervalles égaux ; quantiles (exacts) ; ou les seuils donnés ci-dessous.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="127"/>
        <source>Landslide inventory</source>
        <translation>Inventaire des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="133"/>
        <source>Points or polygons (cells whose centre they cover); adds % of landslides and the frequency ratio per class. A sample layer (lsm:buildsamples) counts its label 1 rows only.</source>
        <translation>Points ou polygones (cellules dont ils couvrent le centre) ; ajoute le % de glissements et le ratio de fréquence par classe. Une couche d'échantillons (lsm:buildsamples) ne compte que ses lignes d'étiquette 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="194"/>
        <source>Label field</source>
        <translation>Champ d'étiquette</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="197"/>
        <source>When the landslide layer has this field (default &apos;label&apos;), only its rows with 1 are counted; a layer without it counts every feature.</source>
        <translation>Si la couche de glissements a ce champ (« label » par défaut), seules ses lignes valant 1 sont comptées ; une couche sans ce champ compte toutes ses entités.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="205"/>
        <source>Split field</source>
        <translation>Champ de partition</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="208"/>
        <source>When the landslide layer has this field (default &apos;split&apos;, &apos;train&apos; / &apos;test&apos;), the landslides of the split chosen below are counted.</source>
        <translation>Si la couche de glissements a ce champ (« split » par défaut, « train » / « test »), les glissements de la partition choisie ci-dessous sont comptés.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>Landslides counted (layer with a split field)</source>
        <translation>Glissements comptés (couche avec champ de partition)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>Test split</source>
        <translation>Partition de test</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>Training split</source>
        <translation>Partition d'entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="216"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="222"/>
        <source>Test (default): the landslides the model did not see, an honest table. Training landslides make the table look better than the map is. Ignored when the layer has no split field.</source>
        <translation>Test (par défaut) : les glissements que le modèle n'a pas vus, une table honnête. Les glissements d'entraînement font paraître la table meilleure que la carte ne l'est. Ignoré si la couche n'a pas de champ de partition.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="342"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="31"/>
        <source>test landslides</source>
        <translation>glissements de test</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="32"/>
        <source>TRAINING landslides (optimistic)</source>
        <translation>glissements d'ENTRAÎNEMENT (optimiste)</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="33"/>
        <source>all landslides given</source>
        <translation>tous les glissements donnés</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="35"/>
        <source>Landslides counted: {} ({} {})</source>
        <translation>Glissements comptés : {} ({} {})</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="65"/>
        <source>polygons</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="65"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="89"/>
        <source>The landslide layer &apos;{}&apos; has no &apos;{}&apos; landslide in its field &apos;{}&apos;: choose another split (Landslides counted) or another layer.</source>
        <translation>La couche de glissements « {} » n'a aucun glissement « {} » dans son champ « {} » : choisissez une autre partition (Glissements comptés) ou une autre couche.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="174"/>
        <source>Classes a susceptibility raster into k classes (default 5: Very low to Very high), as in Fu et al. 2024. Jenks natural breaks are exact over ALL valid pixels (not a sample), with the goodness of variance fit; equal interval, quantile and user-given breaks are the other methods.

Outputs: the classed raster (Byte, 1..k, styled), a class table (area per class; with a landslide layer also % of landslides and the frequency ratio) as a layer and CSV, the breaks and the GVF. An optional run record feeds the metrics dock&apos;s class-area chart. A sample layer counts its test landslides by default; a top class over a third of the area, fewer than 50 distinct values or fewer than 30 landslides get a warning.</source>
        <translation>Classe un raster de susceptibilité en k classes (5 par défaut : de Très faible à Très élevée), comme dans Fu et al. 2024. Les seuils naturels de Jenks sont exacts sur TOUS les pixels valides (pas un échantillon), avec la qualité d'ajustement de la variance (GVF) ; les intervalles égaux, les quantiles et les seuils donnés par l'utilisateur sont les autres méthodes.

Sorties : le raster classé (Byte, 1..k, stylé), une table des classes (surface par classe ; avec une couche de glissements, aussi le % de glissements et le ratio de fréquence) comme couche et CSV, les seuils et le GVF. Une fiche d'exécution facultative alimente le graphique des surfaces de classes du panneau des métriques. Une couche d'échantillons compte par défaut ses glissements de test ; une classe supérieure couvrant plus d'un tiers de la surface, moins de 50 valeurs distinctes ou moins de 30 glissements donnent un avertissement.</translation>
    </message>
    <message>
        <location filename="../algorithms/_jenks_io.py" line="54"/>
        <source>The landslide layer &apos;{}&apos; must be a point or polygon layer (landslide points, inventory polygons or a sample layer); it holds other geometries.</source>
        <translation>La couche de glissements « {} » doit être une couche de points ou de polygones (points de glissement, polygones d'inventaire ou couche d'échantillons) ; elle contient d'autres géométries.</translation>
    </message>
</context>
<context>
    <name>LsmAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="218"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="314"/>
        <source>Layer &apos;{}&apos; is not a valid raster layer.</source>
        <translation>La couche « {} » n'est pas une couche raster valide.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="321"/>
        <source>Raster &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>Le raster « {} » n'est pas un fichier sur le disque ({}) ; enregistrez-le d'abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="338"/>
        <source>Several factor bands are named {}: rename the layers (or band descriptions) so each factor has its own name.</source>
        <translation>Plusieurs bandes de facteurs sont nommées {} : renommez les couches (ou les descriptions de bandes) pour que chaque facteur ait son propre nom.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="346"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}).</source>
        <translation>Le(s) facteur(s) catégoriel(s) {} ne figurent pas parmi les rasters de facteurs ({}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="5"/>
        <source>Factors</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="6"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="7"/>
        <source>Negatives</source>
        <translation>Négatifs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="8"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="9"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="10"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../algorithms/_base_help.py" line="61"/>
        <source>Cannot write the table &apos;{}&apos;: {}</source>
        <translation>Impossible d'écrire la table « {} » : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="293"/>
        <source>Cannot write the run record into &apos;{}&apos;: {}. Choose another run store folder.</source>
        <translation>Impossible d'écrire la fiche d'exécution dans « {} » : {}. Choisissez un autre dossier de registre d'exécutions.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="300"/>
        <source>Run record: {}</source>
        <translation>Fiche d'exécution : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="33"/>
        <source>The {} &apos;{}&apos; must be a point or polygon layer.</source>
        <translation>La couche {} « {} » doit être une couche de points ou de polygones.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="35"/>
        <source>{} feature(s) of the {} have no geometry and were skipped.</source>
        <translation>{} entité(s) de la couche {} n'ont pas de géométrie et ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="36"/>
        <source>The {} &apos;{}&apos; must be a polygon layer.</source>
        <translation>La couche {} « {} » doit être une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="37"/>
        <source>The {} &apos;{}&apos; cannot be transformed to the rasters&apos; CRS ({}): {}</source>
        <translation>La couche {} « {} » ne peut pas être transformée dans le SCR des rasters ({}) : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="41"/>
        <source>Output &apos;{}&apos; cannot be written to &apos;{}&apos;: the folder &apos;{}&apos; cannot be created or is not writable ({}). Choose another output path.</source>
        <translation>La sortie « {} » ne peut pas être écrite dans « {} » : le dossier « {} » ne peut pas être créé ou n'est pas accessible en écriture ({}). Choisissez un autre chemin de sortie.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="158"/>
        <source>Layer &apos;{}&apos; has no field &apos;{}&apos;: it is not a sample layer. Choose the output of lsm:buildsamples or lsm:spysampling as &apos;{}&apos;, or name its 0/1 field in &apos;{}&apos;.</source>
        <translation>La couche « {} » n'a pas de champ « {} » : ce n'est pas une couche d'échantillons. Choisissez la sortie de lsm:buildsamples ou de lsm:spysampling comme « {} », ou indiquez son champ 0/1 dans « {} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="173"/>
        <source>Give {}: one of them is needed.</source>
        <translation>Donnez {} : l'un des deux est nécessaire.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="177"/>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="177"/>
        <source>Give either {}, not both.</source>
        <translation>Donnez {}, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="42"/>
        <source>Could not list the run store &apos;{}&apos; in &apos;{}&apos;: {}</source>
        <translation>Impossible de lister le registre d'exécutions « {} » dans « {} » : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="34"/>
        <source>The {} &apos;{}&apos; has no field &apos;{}&apos; (its fields: {}): choose its ID field.</source>
        <translation>La couche {} « {} » n'a pas de champ « {} » (ses champs : {}) : choisissez son champ d'identifiant.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="38"/>
        <source>{} feature(s) of the {} &apos;{}&apos; have a {} value in the ID field &apos;{}&apos;: give every feature an integer id, or leave the ID field empty (feature ids).</source>
        <translation>{} entité(s) de la couche {} « {} » ont une valeur {} dans le champ d'identifiant « {} » : donnez à chaque entité un identifiant entier, ou laissez le champ d'identifiant vide (identifiants des entités).</translation>
    </message>
</context>
<context>
    <name>LsmModels</name>
    <message>
        <location filename="../build/i18n_strings.py" line="68"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="69"/>
        <source>Point layer of samples: an lsm:buildsamples / lsm:spysampling output (fields label, split and one field per factor) or any point layer with a 0/1 field.</source>
        <translation>Couche de points d'échantillons : une sortie de lsm:buildsamples / lsm:spysampling (champs label, split et un champ par facteur) ou toute couche de points avec un champ 0/1.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="70"/>
        <source>Label field (1 landslide, 0 non-landslide)</source>
        <translation>Champ d'étiquette (1 glissement, 0 non-glissement)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="71"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;); true/false and yes/no are accepted, NULL rows are skipped.</source>
        <translation>Champ valant 1 pour les glissements de terrain et 0 pour les autres échantillons (« label » par défaut) ; true/false et yes/no sont acceptés, les lignes NULL sont ignorées.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="72"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Champ de partition (« train » / « test »)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="73"/>
        <source>Field saying which samples are for training and which for testing (lsm:buildsamples writes &apos;split&apos;). Without it the samples are split at random, each class apart.</source>
        <translation>Champ indiquant quels échantillons servent à l'entraînement et lesquels au test (lsm:buildsamples écrit « split »). Sans lui, les échantillons sont répartis au hasard, chaque classe à part.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="74"/>
        <source>Factor fields</source>
        <translation>Champs de facteurs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="75"/>
        <source>The conditioning factors, in the order the model will expect them.</source>
        <translation>Les facteurs conditionnants, dans l'ordre attendu par le modèle.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="76"/>
        <source>Categorical factor fields (one-hot encoded)</source>
        <translation>Champs de facteurs catégoriels (encodés en one-hot)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="77"/>
        <source>Factors holding class codes (lithology, land cover); they must be among the factor fields.</source>
        <translation>Facteurs contenant des codes de classe (lithologie, occupation du sol) ; ils doivent figurer parmi les champs de facteurs.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="78"/>
        <source>The samples layer could not be opened.</source>
        <translation>La couche d'échantillons n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="79"/>
        <source>Layer &apos;{}&apos; has no field(s) {} (its fields: {}).</source>
        <translation>La couche « {} » n'a pas le(s) champ(s) {} (ses champs : {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="80"/>
        <source>Choose the factor fields of layer &apos;{}&apos;.</source>
        <translation>Choisissez les champs de facteurs de la couche « {} ».</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="81"/>
        <source>The label field &apos;{}&apos; is also chosen as a factor: remove it from the factor fields.</source>
        <translation>Le champ d'étiquette « {} » est aussi choisi comme facteur : retirez-le des champs de facteurs.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="82"/>
        <source>Categorical field(s) {} are not among the factor fields; add them there too.</source>
        <translation>Le(s) champ(s) catégoriel(s) {} ne figurent pas parmi les champs de facteurs ; ajoutez-les aussi.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="83"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos; (its fields: {}).</source>
        <translation>La couche « {} » n'a pas de champ de partition « {} » (ses champs : {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="84"/>
        <source>{} sample(s) of &apos;{}&apos; were left out: a missing factor value.</source>
        <translation>{} échantillon(s) de « {} » ont été écartés : une valeur de facteur manquante.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="85"/>
        <source>Cannot write the layer &apos;{}&apos;: {}</source>
        <translation>Impossible d'écrire la couche « {} » : {}</translation>
    </message>
</context>
<context>
    <name>LsmParameters</name>
    <message>
        <location filename="../build/i18n_strings.py" line="45"/>
        <source>Automatic (a CUDA GPU when torch sees one, else the CPU)</source>
        <translation>Automatique (un GPU CUDA si torch en voit un, sinon le CPU)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="46"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="47"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="48"/>
        <source>Seed of every random draw: the same inputs and seed give the same results.</source>
        <translation>Graine de chaque tirage aléatoire : les mêmes entrées et la même graine donnent les mêmes résultats.</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="109"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="121"/>
        <source>Parallel jobs (-1 = all cores)</source>
        <translation>Tâches parallèles (-1 = tous les cœurs)</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="133"/>
        <source>Device (torch models)</source>
        <translation>Périphérique (modèles torch)</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="144"/>
        <source>Run store folder</source>
        <translation>Dossier du registre d'exécutions</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="49"/>
        <source>Threads that work at once: -1 uses all cores, 1 runs on one thread; any number gives the same result for the same seed.</source>
        <translation>Fils d'exécution travaillant simultanément : -1 utilise tous les cœurs, 1 s'exécute sur un seul fil ; tout nombre donne le même résultat pour la même graine.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="50"/>
        <source>Where the torch neural networks run: automatic picks a CUDA GPU when torch sees one, else the CPU. Other models ignore it.</source>
        <translation>Où s'exécutent les réseaux de neurones torch : automatique choisit un GPU CUDA si torch en voit un, sinon le CPU. Les autres modèles l'ignorent.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="43"/>
        <source>Dask scheduler address</source>
        <translation>Adresse de l'ordonnanceur Dask</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="51"/>
        <source>Folder of the run records (JSON) the metrics dock reads. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the output file, else &apos;lsm_runs&apos; in the QGIS profile folder (never QGIS&apos;s temporary folder).</source>
        <translation>Dossier des fiches d'exécution (JSON) lues par le panneau des métriques. Vide : « lsm_runs » à côté du projet enregistré, sinon à côté du fichier de sortie, sinon « lsm_runs » dans le dossier du profil QGIS (jamais le dossier temporaire de QGIS).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="53"/>
        <source>Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the blocks run as tasks on its workers, which read the rasters from the same paths (readable there), with numpy, GDAL and this plugin importable as &apos;landslide_susceptibility&apos;; the result is the same as a run here. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Adresse d'un ordonnanceur Dask distributed en cours d'exécution (par ex. tcp://10.0.0.5:8786) : les blocs s'exécutent comme tâches sur ses workers, qui lisent les rasters aux mêmes chemins (lisibles là-bas), avec numpy, GDAL et ce plugin importable sous le nom « landslide_susceptibility » ; le résultat est le même qu'une exécution ici. Nécessite le paquet « distributed ». Vide : exécuter ici.</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="164"/>
        <source>Trust this model file (old format: it can run code)</source>
        <translation>Faire confiance à ce fichier de modèle (ancien format : il peut exécuter du code)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="52"/>
        <source>Model bundles of this version hold no code (scikit-learn models in skops format, network weights as arrays) and are checked against their manifest. Bundles of older versions are Python pickles, which can run any code when opened: they are refused unless this is checked. Check it only for a file you made yourself or fully trust; the log then warns. Retraining gives a safe bundle.</source>
        <translation>Les paquets de modèle de cette version ne contiennent aucun code (modèles scikit-learn au format skops, poids des réseaux sous forme de tableaux) et sont vérifiés par rapport à leur manifeste. Les paquets des versions plus anciennes sont des pickles Python, qui peuvent exécuter n'importe quel code à l'ouverture : ils sont refusés sauf si cette case est cochée. Ne la cochez que pour un fichier que vous avez créé vous-même ou auquel vous faites entièrement confiance ; le journal affiche alors un avertissement. Un nouvel entraînement donne un paquet sûr.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="160"/>
        <source>Seed of the folds, the negatives and the models: same seed, same tables.</source>
        <translation>Graine des plis, des négatifs et des modèles : même graine, mêmes tableaux.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="44"/>
        <source>Blocks per Dask worker: {}</source>
        <translation>Blocs par worker Dask : {}</translation>
    </message>
</context>
<context>
    <name>LsmPatchMaps</name>
    <message>
        <location filename="../build/i18n_strings.py" line="54"/>
        <source>The {} map is written as GeoTIFF: give the output a .tif extension (got &apos;{}&apos;).</source>
        <translation>La carte {} est écrite en GeoTIFF : donnez à la sortie une extension .tif (reçu « {} »).</translation>
    </message>
</context>
<context>
    <name>LsmPool</name>
    <message>
        <location filename="../build/i18n_strings.py" line="55"/>
        <source>Deformation raster (unlabeled pool)</source>
        <translation>Raster de déformation (réservoir non étiqueté)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="56"/>
        <source>E.g. an InSAR line-of-sight velocity in mm/yr on the factors&apos; grid: unlabeled and negative cells come only from cells whose |value| is below the threshold (Tang et al. 2026). Landslides are kept wherever they are.</source>
        <translation>Par ex. une vitesse InSAR en ligne de visée en mm/an sur la grille des facteurs : les cellules non étiquetées et négatives ne proviennent que des cellules dont la |valeur| est inférieure au seuil (Tang et al. 2026). Les glissements sont conservés où qu'ils soient.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="57"/>
        <source>In the deformation raster&apos;s units (default 10, e.g. mm/yr); must be above 0.</source>
        <translation>Dans les unités du raster de déformation (10 par défaut, par ex. mm/an) ; doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="58"/>
        <source>Deformation nodata cells are eligible</source>
        <translation>Les cellules nodata de la déformation sont admissibles</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="59"/>
        <source>Off (default): cells without a deformation value give no unlabeled or negative cell.</source>
        <translation>Désactivé (par défaut) : les cellules sans valeur de déformation ne donnent aucune cellule non étiquetée ou négative.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="60"/>
        <source>Unlabeled pool mask</source>
        <translation>Masque du réservoir non étiqueté</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="61"/>
        <source>Polygons the unlabeled and negative cells must lie in (cell centre); unlike the study area it does not restrict the landslides.</source>
        <translation>Polygones dans lesquels doivent se trouver les cellules non étiquetées et négatives (centre de cellule) ; contrairement à la zone d'étude, il ne restreint pas les glissements.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="62"/>
        <source>Deformation threshold (|value| below it)</source>
        <translation>Seuil de déformation (|valeur| inférieure)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="63"/>
        <source>unlabeled pool mask</source>
        <translation>masque du réservoir non étiqueté</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="64"/>
        <source>The deformation raster &apos;{}&apos; has {} bands: give a single-band raster.</source>
        <translation>Le raster de déformation « {} » a {} bandes : donnez un raster à une bande.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="65"/>
        <source>Unlabeled pool: cells with |deformation| below {:g}{}.</source>
        <translation>Réservoir non étiqueté : cellules dont |déformation| est inférieure à {:g}{}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="66"/>
        <source> or without a deformation value</source>
        <translation> ou sans valeur de déformation</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="67"/>
        <source>Unlabeled pool: inside the polygons of &apos;{}&apos;.</source>
        <translation>Réservoir non étiqueté : à l'intérieur des polygones de « {} ».</translation>
    </message>
</context>
<context>
    <name>LsmProvider</name>
    <message>
        <location filename="../plugin/provider.py" line="51"/>
        <source>Could not read the model {}</source>
        <translation>Impossible de lire le modèle {}</translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="65"/>
        <source>Landslide susceptibility</source>
        <translation>Susceptibilité aux glissements de terrain</translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="68"/>
        <source>Landslide susceptibility {}</source>
        <translation>Susceptibilité aux glissements de terrain {}</translation>
    </message>
</context>
<context>
    <name>LsmStyling</name>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Landslide (train)</source>
        <translation>Glissement (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Landslide (test)</source>
        <translation>Glissement (test)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Unlabeled (train)</source>
        <translation>Non étiquetée (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Unlabeled (test)</source>
        <translation>Non étiquetée (test)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Reliable negative (train)</source>
        <translation>Négatif fiable (entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Reliable negative (test)</source>
        <translation>Négatif fiable (test)</translation>
    </message>
    <message>
        <location filename="../algorithms/_styling.py" line="224"/>
        <source>Random test cell</source>
        <translation>Cellule de test aléatoire</translation>
    </message>
</context>
<context>
    <name>LsmUnits</name>
    <message>
        <location filename="../build/i18n_strings.py" line="92"/>
        <source>The units &apos;{}&apos; are in {} but the {} are in {}: reproject the units (Vector &gt; Data Management Tools &gt; Reproject Layer) and run again.</source>
        <translation>Les unités « {} » sont en {} mais les {} sont en {} : reprojetez les unités (Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche) et relancez.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="93"/>
        <source>The unit layer &apos;{}&apos; has no feature.</source>
        <translation>La couche d'unités « {} » n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="94"/>
        <source>The landslide inventory &apos;{}&apos; has no feature with a geometry.</source>
        <translation>L'inventaire des glissements « {} » n'a aucune entité avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="95"/>
        <source>The unit layer &apos;{}&apos; has no field(s) {} (its fields: {}).</source>
        <translation>La couche d'unités « {} » n'a pas le(s) champ(s) {} (ses champs : {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="96"/>
        <source>Cannot write the unit layer: {}</source>
        <translation>Impossible d'écrire la couche d'unités : {}</translation>
    </message>
</context>
<context>
    <name>LsnetPredictAlgorithm</name>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="49"/>
        <source>LSNet bundle</source>
        <translation>Paquet LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="50"/>
        <source>A .lsmodel file written by lsm:trainlsnet.</source>
        <translation>Un fichier .lsmodel écrit par lsm:trainlsnet.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="52"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="53"/>
        <source>The factors the network was trained on, named as at training (extra rasters are ignored).</source>
        <translation>Les facteurs sur lesquels le réseau a été entraîné, nommés comme à l'entraînement (les rasters supplémentaires sont ignorés).</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="59"/>
        <source>Tile size: the inference batch (cells per side)</source>
        <translation>Taille des tuiles : le lot d'inférence (cellules par côté)</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="76"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto : un GPU CUDA si torch en voit un, sinon le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="77"/>
        <source>LSNet susceptibility</source>
        <translation>Susceptibilité LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="80"/>
        <source>Cells predicted</source>
        <translation>Cellules prédites</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="103"/>
        <source>{} cells predicted.</source>
        <translation>{} cellules prédites.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="175"/>
        <source>Predict susceptibility with LSNet</source>
        <translation>Prédire la susceptibilité avec LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="116"/>
        <source>Susceptibility</source>
        <translation>Susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="67"/>
        <source>Square tiles of this many cells per side are read (with a halo of half a patch) and mapped at once. An unpadded network runs densely over the whole tile (256 x 256 = 65 536 cells per call): larger tiles waste less on the halo but need more memory; 256 suits a CPU, 512 or 1024 a GPU. A zero-padded network runs the patches of the tile&apos;s cells in batches of 64.</source>
        <translation>Des tuiles carrées de ce nombre de cellules de côté sont lues (avec un halo d'un demi-patch) et cartographiées en une fois. Un réseau sans remplissage s'exécute de façon dense sur toute la tuile (256 x 256 = 65 536 cellules par appel) : des tuiles plus grandes gaspillent moins sur le halo mais demandent plus de mémoire ; 256 convient à un CPU, 512 ou 1024 à un GPU. Un réseau avec remplissage de zéros traite les patchs des cellules de la tuile par lots de 64.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="90"/>
        <source>LSNet with patch {} cells on {} x {} cells, tiles of {} cells, device {}, {}.</source>
        <translation>LSNet avec un patch de {} cellules sur {} x {} cellules, tuiles de {} cellules, périphérique {}, {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="90"/>
        <source>dense</source>
        <translation>mode dense</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="90"/>
        <source>patch by patch</source>
        <translation>patch par patch</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="105"/>
        <source>Categorical factor &apos;{}&apos; holds class(es) {} not seen at training (classes {}): those cells got all-zero one-hot channels, so their probabilities rest on the other factors.</source>
        <translation>Le facteur catégoriel « {} » contient la ou les classes {} non vues à l'entraînement (classes {}) : ces cellules ont reçu des canaux one-hot entièrement nuls, leurs probabilités reposent donc sur les autres facteurs.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="176"/>
        <source>Maps the landslide probability of every cell with an LSNet bundle made by lsm:trainlsnet (Zhang et al. 2022). The factor rasters are matched to the bundle by name and must have the training cell size.

The map is computed over square tiles read with a halo of half a patch, seamless either way. An unpadded network (&apos;Unpadded&apos; at training) runs densely, as its fully convolutional twin (equal to the patch network within 1e-6, much faster); a zero-padded one (the paper&apos;s, the default) runs the patch network on every cell&apos;s patch (exact, slower). Cells with a nodata factor get -9999; a class of a categorical factor unseen at training gets all-zero channels and a warning.

Output: a Float32 GeoTIFF on the factors&apos; grid, styled 0 to 1. The help link gives the details.</source>
        <translation>Cartographie la probabilité de glissement de terrain de chaque cellule avec un paquet de modèle LSNet créé par lsm:trainlsnet (Zhang et al. 2022). Les rasters de facteurs sont associés au paquet de modèle par leur nom et doivent avoir la taille de cellule de l'entraînement.

La carte est calculée sur des tuiles carrées lues avec un halo d'un demi-patch, sans couture dans les deux cas. Un réseau sans remplissage (« Sans remplissage » à l'entraînement) s'exécute de façon dense, comme son jumeau entièrement convolutif (égal au réseau par patch à 1e-6 près, beaucoup plus rapide) ; un réseau avec remplissage de zéros (celui de l'article, par défaut) applique le réseau par patch au patch de chaque cellule (exact, plus lent). Les cellules dont un facteur est nodata reçoivent -9999 ; une classe d'un facteur catégoriel non vue à l'entraînement reçoit des canaux entièrement nuls et un avertissement.

Sortie : un GeoTIFF Float32 sur la grille des facteurs, symbolisé de 0 à 1. Le lien d'aide donne les détails.</translation>
    </message>
</context>
<context>
    <name>PredictRasterAlgorithm</name>
    <message>
        <location filename="../algorithms/predictraster.py" line="78"/>
        <source>Model bundle</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="79"/>
        <source>A .lsmodel file written by lsm:trainmodel or lsm:spysampling (trusted files only).</source>
        <translation>Un fichier .lsmodel écrit par lsm:trainmodel ou lsm:spysampling (fichiers de confiance uniquement).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="83"/>
        <source>More bundles (repeated samplings)</source>
        <translation>Paquets supplémentaires (échantillonnages répétés)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="89"/>
        <source>Further bundles trained on the same factors (e.g. repeated samplings): the map is the mean probability of all bundles and the uncertainty their standard deviation.</source>
        <translation>Autres paquets entraînés sur les mêmes facteurs (par ex. échantillonnages répétés) : la carte est la probabilité moyenne de tous les paquets et l'incertitude leur écart-type.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="96"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="97"/>
        <source>The factors the model was trained on, named as at training, on one grid.</source>
        <translation>Les facteurs sur lesquels le modèle a été entraîné, nommés comme à l'entraînement, sur une même grille.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="99"/>
        <source>Mask (study area polygons)</source>
        <translation>Masque (polygones de la zone d'étude)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="102"/>
        <source>Only cells whose centre is inside these polygons are predicted (any CRS).</source>
        <translation>Seules les cellules dont le centre est à l'intérieur de ces polygones sont prédites (tout SCR).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="104"/>
        <source>Cells per block</source>
        <translation>Cellules par bloc</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="111"/>
        <source>Cells read and predicted at once (rounded to the rasters&apos; blocks). Larger blocks amortise the model&apos;s per-call cost; memory grows with them.</source>
        <translation>Cellules lues et prédites à la fois (arrondi aux blocs des rasters). Des blocs plus grands amortissent le coût par appel du modèle ; la mémoire augmente avec eux.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="118"/>
        <source>Memory budget for blocks (MB, 0 = use cells per block)</source>
        <translation>Budget mémoire des blocs (Mo, 0 = utiliser les cellules par bloc)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="125"/>
        <source>When set, the block size is chosen to keep the prediction&apos;s working memory near it.</source>
        <translation>S'il est défini, la taille des blocs est choisie pour maintenir la mémoire de travail de la prédiction près de cette valeur.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="131"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU. Ignored by scikit-learn models.</source>
        <translation>auto : un GPU CUDA si torch en voit un, sinon le CPU. Ignoré par les modèles scikit-learn.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="139"/>
        <source>Dask scheduler address</source>
        <translation>Adresse de l'ordonnanceur Dask</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="140"/>
        <source>e.g. tcp://10.0.0.5:8786: run the blocks on that Dask cluster. Empty: run here.</source>
        <translation>par ex. tcp://10.0.0.5:8786 : exécuter les blocs sur ce cluster Dask. Vide : exécuter ici.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="332"/>
        <source>Susceptibility</source>
        <translation>Susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="144"/>
        <source>Uncertainty (standard deviation)</source>
        <translation>Incertitude (écart-type)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="152"/>
        <source>Cells predicted</source>
        <translation>Cellules prédites</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="153"/>
        <source>Mean probability</source>
        <translation>Probabilité moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="154"/>
        <source>Factors used (comma separated)</source>
        <translation>Facteurs utilisés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="39"/>
        <source>The mask layer &apos;{}&apos; has no polygon.</source>
        <translation>La couche de masque « {} » n'a aucun polygone.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="40"/>
        <source>The mask layer &apos;{}&apos; does not overlap the factor rasters: check its CRS and extent.</source>
        <translation>La couche de masque « {} » ne recouvre pas les rasters de facteurs : vérifiez son SCR et son emprise.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="278"/>
        <source>The maps are written as GeoTIFF: give &apos;{}&apos; a .tif extension.</source>
        <translation>Les cartes sont écrites en GeoTIFF : donnez à « {} » une extension .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="290"/>
        <source>{} bundle(s) ({}) on {} x {} cells, factors {}, blocks of about {} cells.</source>
        <translation>{} paquet(s) ({}) sur {} x {} cellules, facteurs {}, blocs d'environ {} cellules.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="313"/>
        <source>{} cells predicted in {} blocks; probability min {:.4f}, mean {:.4f}, max {:.4f}.</source>
        <translation>{} cellules prédites en {} blocs ; probabilité min {:.4f}, moyenne {:.4f}, max {:.4f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="319"/>
        <source>Device: {}</source>
        <translation>Périphérique : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="321"/>
        <source>Uncertainty: standard deviation across {} members, max {:.4f}.</source>
        <translation>Incertitude : écart-type sur {} membres, max {:.4f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="177"/>
        <source>Predict susceptibility map</source>
        <translation>Prédire la carte de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="130"/>
        <source>Threads that predict each block (-1: all cores).</source>
        <translation>Fils d'exécution qui prédisent chaque bloc (-1 : tous les cœurs).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="157"/>
        <source>Map values</source>
        <translation>Valeurs de la carte</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="157"/>
        <source>Raw model score (default)</source>
        <translation>Score brut du modèle (par défaut)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="157"/>
        <source>Prevalence-corrected score (prior shift)</source>
        <translation>Score corrigé de la prévalence (décalage de l'a priori)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="163"/>
        <source>Raw: the model&apos;s score, fitted at the training ratio of negatives per landslide; it ranks cells but is no probability. Corrected: the score shifted from the training share of landslides pi to the area&apos;s prevalence p (s&apos; = s a / (s a + (1 - s) b), a = p / pi, b = (1 - p) / (1 - pi)): relative probabilities, same order of cells.</source>
        <translation>Brut : le score du modèle, ajusté au ratio d'entraînement de négatifs par glissement ; il classe les cellules mais n'est pas une probabilité. Corrigé : le score décalé de la part de glissements à l'entraînement pi vers la prévalence de la zone p (s' = s a / (s a + (1 - s) b), a = p / pi, b = (1 - p) / (1 - pi)) : des probabilités relatives, même ordre des cellules.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="172"/>
        <source>Area prevalence (landslide share of cells, 0 = from the inventory)</source>
        <translation>Prévalence de la zone (part de cellules en glissement, 0 = d'après l'inventaire)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="183"/>
        <source>e.g. 0.015 when 1.5 % of the cells are landslide; 0: computed from the inventory.</source>
        <translation>par ex. 0,015 quand 1,5 % des cellules sont en glissement ; 0 : calculée d'après l'inventaire.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="187"/>
        <source>Landslide inventory (for the prevalence)</source>
        <translation>Inventaire des glissements (pour la prévalence)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="193"/>
        <source>Points or polygons (cells whose centre they cover): the prevalence is their cells over the cells predicted. Used when the prevalence is 0.</source>
        <translation>Points ou polygones (cellules dont ils couvrent le centre) : la prévalence est leurs cellules sur les cellules prédites. Utilisé quand la prévalence vaut 0.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="200"/>
        <source>Training ratio (negatives per landslide, 0 = from the bundle)</source>
        <translation>Ratio d'entraînement (négatifs par glissement, 0 = d'après le paquet)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="210"/>
        <source>0: the bundle&apos;s own (balanced models, BRF, EasyEnsemble, SMOTE/ADASYN-DNN and the PU priors, score as at 1:1); give it for bundles that do not record it.</source>
        <translation>0 : celui du paquet (les modèles équilibrés, BRF, EasyEnsemble, SMOTE/ADASYN-DNN et les a priori PU évaluent comme à 1:1) ; donnez-le pour les paquets qui ne l'enregistrent pas.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="229"/>
        <source>Area prevalence from the inventory: {} landslide cells of {} = {:.4%}.</source>
        <translation>Prévalence de la zone d'après l'inventaire : {} cellules de glissement sur {} = {:.4%}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="236"/>
        <source>Map values: scores shifted from the training ratio to the prevalence {:.4%}.</source>
        <translation>Valeurs de la carte : scores décalés du ratio d'entraînement vers la prévalence {:.4%}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="249"/>
        <source>The prevalence correction needs the area&apos;s prevalence: give it as a number or give a landslide inventory.</source>
        <translation>La correction de prévalence nécessite la prévalence de la zone : donnez-la sous forme de nombre ou donnez un inventaire des glissements.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="257"/>
        <source>landslide inventory</source>
        <translation>inventaire des glissements</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="333"/>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="178"/>
        <source>Maps the landslide probability (0..1) of every cell with a model bundle of lsm:trainmodel or lsm:spysampling (LSNet has lsm:lsnetpredict). Factor rasters are matched to the bundle by name.

The rasters are read block by block (bounded memory); only cells where every factor has a value (and inside the mask) are predicted. With several bundles the map is their mean and the optional uncertainty their standard deviation; with one, the spread of its ensemble members. A Dask scheduler can run the blocks on a cluster.

Output: Float32 GeoTIFF, nodata -9999: raw scores, or scores shifted to the area&apos;s prevalence. Bundles hold pickles: open only trusted files.</source>
        <translation>Cartographie la probabilité de glissement (0..1) de chaque cellule avec un paquet de modèle de lsm:trainmodel ou de lsm:spysampling (LSNet a lsm:lsnetpredict). Les rasters de facteurs sont associés au paquet par leur nom.

Les rasters sont lus bloc par bloc (mémoire bornée) ; seules les cellules où chaque facteur a une valeur (et dans le masque) sont prédites. Avec plusieurs paquets, la carte est leur moyenne et l'incertitude facultative leur écart-type ; avec un seul, la dispersion des membres de son ensemble. Un ordonnanceur Dask peut exécuter les blocs sur un cluster.

Sortie : GeoTIFF Float32, nodata -9999 : scores bruts, ou scores décalés vers la prévalence de la zone. Les paquets contiennent des pickles : n'ouvrez que des fichiers de confiance.</translation>
    </message>
</context>
<context>
    <name>PredictUnitsAlgorithm</name>
    <message>
        <location filename="../algorithms/predictunits.py" line="53"/>
        <source>Mapping units</source>
        <translation>Unités cartographiques</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="53"/>
        <source>Polygons with a numeric field per model factor (lsm:unitfactors output, or any unit layer).</source>
        <translation>Polygones avec un champ numérique par facteur du modèle (sortie de lsm:unitfactors, ou toute couche d'unités).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="60"/>
        <source>Model bundle</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="60"/>
        <source>A model bundle of lsm:trainmodel (trusted files only).</source>
        <translation>Un paquet de modèle de lsm:trainmodel (fichiers de confiance uniquement).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="65"/>
        <source>Susceptibility field</source>
        <translation>Champ de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="65"/>
        <source>Name of the field receiving the landslide probability (overwritten when it exists).</source>
        <translation>Nom du champ qui reçoit la probabilité de glissement (écrasé s'il existe).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="70"/>
        <source>Uncertainty field</source>
        <translation>Champ d'incertitude</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="70"/>
        <source>Field of the standard deviation over the model&apos;s members; empty or a model without members: none.</source>
        <translation>Champ de l'écart-type sur les membres du modèle ; vide ou modèle sans membres : aucun.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="79"/>
        <source>Units with susceptibility</source>
        <translation>Unités avec susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="82"/>
        <source>Units predicted</source>
        <translation>Unités prédites</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="87"/>
        <source>The unit layer could not be opened.</source>
        <translation>La couche d'unités n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="93"/>
        <source>Model factors -&gt; unit fields: {}</source>
        <translation>Facteurs du modèle -&gt; champs des unités : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="112"/>
        <source>Choose a model bundle (.lsmodel).</source>
        <translation>Choisissez un paquet de modèle (.lsmodel).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="114"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model, which needs factor rasters: map it with lsm:lsnetpredict and take the units&apos; statistics of the map with lsm:unitfactors.</source>
        <translation>Le paquet de modèle « {} » est un modèle « {} », qui nécessite des rasters de facteurs : cartographiez-le avec lsm:lsnetpredict et prenez les statistiques de la carte par unité avec lsm:unitfactors.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="122"/>
        <source>&apos;{}&apos;: {} unit(s) predicted.</source>
        <translation>« {} » : {} unité(s) prédite(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="125"/>
        <source>{} unit(s) of &apos;{}&apos; lack a factor value: their susceptibility is NULL.</source>
        <translation>{} unité(s) de « {} » n'ont pas de valeur pour un facteur : leur susceptibilité est NULL.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="131"/>
        <source>No unit of &apos;{}&apos; has every factor value: nothing to predict.</source>
        <translation>Aucune unité de « {} » n'a toutes les valeurs de facteurs : rien à prédire.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictunits.py" line="135"/>
        <source>The model has no members: no uncertainty field.</source>
        <translation>Le modèle n'a pas de membres : pas de champ d'incertitude.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="179"/>
        <source>Predict susceptibility on units</source>
        <translation>Prédire la susceptibilité sur des unités</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="180"/>
        <source>Applies a model bundle (any model type of lsm:trainmodel) to a polygon layer of mapping units: a susceptibility field (landslide probability) on every unit and, for models with members (forests, ensembles), an uncertainty field (standard deviation over the members). The model&apos;s factors are matched to unit fields by name: &apos;&lt;factor&gt;&apos;, else &apos;&lt;factor&gt;_mean&apos; (lsm:unitfactors&apos; names). Units of another area with the same fields take the model as they are (transfer). Units with a missing factor value get NULL.</source>
        <translation>Applique un paquet de modèle (tout type de modèle de lsm:trainmodel) à une couche de polygones d'unités cartographiques : un champ de susceptibilité (probabilité de glissement) sur chaque unité et, pour les modèles avec membres (forêts, ensembles), un champ d'incertitude (écart-type sur les membres). Les facteurs du modèle sont associés aux champs des unités par leur nom : « &lt;factor&gt; », sinon « &lt;factor&gt;_mean » (les noms de lsm:unitfactors). Les unités d'une autre zone avec les mêmes champs prennent le modèle tel quel (transfert). Les unités avec une valeur de facteur manquante reçoivent NULL.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../plugin/models.py" line="60"/>
        <source>Error encountered while running %1</source>
        <translation>Erreur lors de l'exécution de %1</translation>
    </message>
</context>
<context>
    <name>RateCurvesAlgorithm</name>
    <message>
        <location filename="../algorithms/ratecurves.py" line="80"/>
        <source>Susceptibility raster</source>
        <translation>Raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="84"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="89"/>
        <source>Study-area mask raster</source>
        <translation>Raster de masque de la zone d'étude</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="95"/>
        <source>Study-area polygons</source>
        <translation>Polygones de la zone d'étude</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="106"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="112"/>
        <source>Rate curves table (CSV)</source>
        <translation>Table des courbes de taux (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="112"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="117"/>
        <source>Rate curves (PNG)</source>
        <translation>Courbes de taux (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="117"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="122"/>
        <source>Success-rate AUC</source>
        <translation>AUC du taux de succès</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="123"/>
        <source>Prediction-rate AUC</source>
        <translation>AUC du taux de prédiction</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="124"/>
        <source>Run record</source>
        <translation>Fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="125"/>
        <source>Run id</source>
        <translation>Identifiant d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="128"/>
        <source>Sample layer (label and split fields)</source>
        <translation>Couche d'échantillons (champs d'étiquette et de partition)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="138"/>
        <source>Label field</source>
        <translation>Champ d'étiquette</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="144"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Champ de partition (« train » / « test »)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="182"/>
        <source>susceptibility raster</source>
        <translation>raster de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="206"/>
        <source>The {} could not be opened.</source>
        <translation>Le {} n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="209"/>
        <source>The {} &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>Le {} « {} » n'est pas un fichier sur le disque ({}) ; enregistrez-le d'abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="218"/>
        <source>Layer &apos;{}&apos; is in {} but the map &apos;{}&apos; is in {}: reproject the landslides to the map&apos;s CRS (Vector &gt; Data Management Tools &gt; Reproject Layer) and run again.</source>
        <translation>La couche « {} » est en {} mais la carte « {} » est en {} : reprojetez les glissements dans le SCR de la carte (Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche) et relancez.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="233"/>
        <source>No landslide was given: choose a sample layer with training / test landslides, or a training or test inventory.</source>
        <translation>Aucun glissement n'a été fourni : choisissez une couche d'échantillons avec des glissements d'entraînement / de test, ou un inventaire d'entraînement ou de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="247"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos; (its fields: {}): choose the field saying &apos;train&apos; / &apos;test&apos;, or give a training and a test inventory instead.</source>
        <translation>La couche « {} » n'a pas de champ de partition « {} » (ses champs : {}) : choisissez le champ indiquant « train » / « test », ou fournissez plutôt un inventaire d'entraînement et un inventaire de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="265"/>
        <source>Layer &apos;{}&apos; has no &apos;{}&apos; landslide: no {}-rate curve.</source>
        <translation>La couche « {} » n'a aucun glissement « {} » : pas de courbe de taux de {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="272"/>
        <source>{} landslide(s) of &apos;{}&apos; have no &apos;train&apos; / &apos;test&apos; split value and were left out.</source>
        <translation>{} glissement(s) de « {} » n'ont pas de valeur de partition « train » / « test » et ont été écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="287"/>
        <source>inventory</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="293"/>
        <source>&apos;{}&apos;: {} polygon(s), {} cell(s) by cell centre.</source>
        <translation>« {} » : {} polygone(s), {} cellule(s) par centre de cellule.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="306"/>
        <source>Give either a mask raster or study-area polygons, not both.</source>
        <translation>Fournissez soit un raster de masque, soit des polygones de zone d'étude, pas les deux.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="308"/>
        <source>mask raster</source>
        <translation>raster de masque</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="311"/>
        <source>study area</source>
        <translation>zone d'étude</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="315"/>
        <source>&apos;{}&apos;: {} cells in the study area.</source>
        <translation>« {} » : {} cellules dans la zone d'étude.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="318"/>
        <source>{}-rate curve: AUC {:.4f} on {} landslide cells; the top 10 % of the area holds {:.1%} of them, the top 20 % {:.1%}.</source>
        <translation>Courbe de taux de {} : AUC {:.4f} sur {} cellules de glissement ; les 10 % les plus susceptibles de la surface en contiennent {:.1%}, les 20 % {:.1%}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="181"/>
        <source>Success and prediction rate curves</source>
        <translation>Courbes de taux de succès et de prédiction</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="182"/>
        <source>Success-rate (training landslides) and prediction-rate (test landslides) curves of a susceptibility map (Chung and Fabbri 2003): the share of landslide cells inside the most susceptible x % of the area, and the area under each curve (0.5: no better than chance). Exact over every cell of the map, ties included.

Landslides: a sample layer with a label and a split field (&apos;train&apos; / &apos;test&apos;), or a training and a test inventory (points, or polygons by the cells whose centre they cover). An optional mask raster or polygon layer limits the study area. The landslides must be in the map&apos;s CRS.

Outputs: a CSV of the curves, a PNG, SUCCESS_AUC, PREDICTION_AUC and a run record.</source>
        <translation>Courbes de taux de succès (glissements d'entraînement) et de taux de prédiction (glissements de test) d'une carte de susceptibilité (Chung et Fabbri 2003) : la part des cellules de glissement dans les x % les plus susceptibles de la surface, et l'aire sous chaque courbe (0,5 : pas mieux que le hasard). Exact sur toutes les cellules de la carte, égalités comprises.

Glissements de terrain : une couche d'échantillons avec un champ d'étiquette et un champ de partition (« train » / « test »), ou un inventaire d'entraînement et un inventaire de test (points, ou polygones par les cellules dont ils couvrent le centre). Un raster de masque ou une couche de polygones facultatifs limitent la zone d'étude. Les glissements doivent être dans le SCR de la carte.

Sorties : un CSV des courbes, un PNG, SUCCESS_AUC, PREDICTION_AUC et une fiche d'exécution.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="183"/>
        <source>Points or polygons (the cells whose centre they cover; a polygon smaller than a cell gives the cell of its centroid) for the success-rate curve; used when no sample layer is given.</source>
        <translation>Points ou polygones (les cellules dont ils couvrent le centre ; un polygone plus petit qu'une cellule donne la cellule de son centroïde) pour la courbe de taux de succès ; utilisés si aucune couche d'échantillons n'est fournie.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="184"/>
        <source>Points or polygons (the cells whose centre they cover; a polygon smaller than a cell gives the cell of its centroid) for the prediction-rate curve; used when no sample layer is given.</source>
        <translation>Points ou polygones (les cellules dont ils couvrent le centre ; un polygone plus petit qu'une cellule donne la cellule de son centroïde) pour la courbe de taux de prédiction ; utilisés si aucune couche d'échantillons n'est fournie.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="185"/>
        <source>Training landslides (inventory)</source>
        <translation>Glissements de terrain d'entraînement (inventaire)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="186"/>
        <source>Test landslides (inventory)</source>
        <translation>Glissements de terrain de test (inventaire)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="187"/>
        <source>The map to assess (any values: higher means more susceptible); nodata cells are not part of the area.</source>
        <translation>La carte à évaluer (valeurs quelconques : plus élevé signifie plus susceptible) ; les cellules nodata ne font pas partie de la zone.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="188"/>
        <source>Band of the susceptibility raster (1 for a single-band map).</source>
        <translation>Bande du raster de susceptibilité (1 pour une carte à une bande).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="189"/>
        <source>Cells with a non-zero value form the study area; the mask must be on the map&apos;s grid.</source>
        <translation>Les cellules de valeur non nulle forment la zone d'étude ; le masque doit être sur la grille de la carte.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="190"/>
        <source>Polygons of the study area: the cells whose centre they cover (reprojected to the map&apos;s CRS).</source>
        <translation>Polygones de la zone d'étude : les cellules dont ils couvrent le centre (reprojetés dans le SCR de la carte).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="191"/>
        <source>Write the curves and their AUCs into the run store for the metrics dock.</source>
        <translation>Écrire les courbes et leurs AUC dans le registre d'exécutions pour le panneau des métriques.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="192"/>
        <source>Points with a label field (1 landslide) and a split field: &apos;train&apos; landslides give the success rate, &apos;test&apos; landslides the prediction rate (an lsm:buildsamples output). Or give the inventories.</source>
        <translation>Points avec un champ d'étiquette (1 glissement de terrain) et un champ de partition : les glissements « train » donnent le taux de succès, les glissements « test » le taux de prédiction (une sortie de lsm:buildsamples). Ou fournissez les inventaires.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="193"/>
        <source>Field of the sample layer holding 1 for landslides (default &apos;label&apos;); other rows are ignored.</source>
        <translation>Champ de la couche d'échantillons valant 1 pour les glissements de terrain (« label » par défaut) ; les autres lignes sont ignorées.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="194"/>
        <source>Field of the sample layer saying which landslides trained the model (default &apos;split&apos;).</source>
        <translation>Champ de la couche d'échantillons indiquant quels glissements de terrain ont servi à entraîner le modèle (« split » par défaut).</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../algorithms/report.py" line="88"/>
        <source>Folder of the run records (*.lsmrun.json) the algorithms wrote. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the report.</source>
        <translation>Dossier des fiches d'exécution (*.lsmrun.json) écrites par les algorithmes. Vide : « lsm_runs » à côté du projet enregistré, sinon à côté du rapport.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="95"/>
        <source>Maps to show</source>
        <translation>Cartes à afficher</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="98"/>
        <source>Rasters drawn into the report in this order, e.g. the susceptibility map and its Jenks classes. Rasters of a few integer values are shown (and their area counted) as classes.</source>
        <translation>Rasters dessinés dans le rapport dans cet ordre, par ex. la carte de susceptibilité et ses classes de Jenks. Les rasters à peu de valeurs entières sont affichés (et leur surface comptée) comme des classes.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="140"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="204"/>
        <source>Landslide susceptibility report</source>
        <translation>Rapport de susceptibilité aux glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="143"/>
        <source>Heading and window title of the report.</source>
        <translation>Titre principal et titre de fenêtre du rapport.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="145"/>
        <source>Map image width (pixels)</source>
        <translation>Largeur de l'image des cartes (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="153"/>
        <source>Width of each rendered map; the height follows the map&apos;s extent.</source>
        <translation>Largeur de chaque carte rendue ; la hauteur suit l'emprise de la carte.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="156"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="156"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="159"/>
        <source>The HTML file written.</source>
        <translation>Le fichier HTML écrit.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="172"/>
        <source>Run records in the report</source>
        <translation>Fiches d'exécution du rapport</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="173"/>
        <source>Unreadable records</source>
        <translation>Fiches illisibles</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="174"/>
        <source>Embedded images</source>
        <translation>Images intégrées</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="186"/>
        <source>&apos;{}&apos; is not a valid raster layer: left out.</source>
        <translation>« {} » n'est pas une couche raster valide : écartée.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="196"/>
        <source>Choose where to write the report (an .html file).</source>
        <translation>Choisissez où écrire le rapport (un fichier .html).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="199"/>
        <source>The run store folder &apos;{}&apos; does not exist: the report has no run records.</source>
        <translation>Le dossier de registre d'exécutions « {} » n'existe pas : le rapport n'a aucune fiche d'exécution.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="253"/>
        <source>Rendering {}</source>
        <translation>Rendu de {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="257"/>
        <source>&apos;{}&apos; could not be rendered: left out.</source>
        <translation>« {} » n'a pas pu être rendu : écarté.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="221"/>
        <source>Report with {} run record(s), {} map(s), {} image(s): {}</source>
        <translation>Rapport avec {} fiche(s) d'exécution, {} carte(s), {} image(s) : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="229"/>
        <source>{} file(s) of the run store are not readable records; the report lists why.</source>
        <translation>{} fichier(s) du registre d'exécutions ne sont pas des fiches lisibles ; le rapport indique pourquoi.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="105"/>
        <source>Landslides drawn on the maps</source>
        <translation>Glissements dessinés sur les cartes</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>An inventory or sample layer drawn over every map of the PDF (a sample layer: only its landslides, label = 1).</source>
        <translation>Un inventaire ou une couche d'échantillons dessiné(e) sur chaque carte du PDF (une couche d'échantillons : seulement ses glissements, label = 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>Best model chosen by</source>
        <translation>Meilleur modèle choisi selon</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>Automatic: prediction-rate AUC when rate curves exist, else ROC-AUC (random test set)</source>
        <translation>Automatique : AUC du taux de prédiction si des courbes de taux existent, sinon ROC-AUC (ensemble de test aléatoire)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>Prediction-rate AUC (lsm:ratecurves records)</source>
        <translation>AUC du taux de prédiction (fiches de lsm:ratecurves)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>ROC-AUC on the random test set</source>
        <translation>ROC-AUC sur l'ensemble de test aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="119"/>
        <source>PR-AUC on the random test set</source>
        <translation>PR-AUC sur l'ensemble de test aléatoire</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="132"/>
        <source>The number the report names its best model by, and says so. Runs on reliable negatives (rn) are used only when no run has random test cells, and the report then calls them optimistic.</source>
        <translation>Le nombre selon lequel le rapport désigne son meilleur modèle, en le disant. Les exécutions sur des négatifs fiables (rn) ne sont utilisées que si aucune exécution n'a de cellules de test aléatoires, et le rapport les qualifie alors d'optimistes.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>PDF of the maps</source>
        <translation>PDF des cartes</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="164"/>
        <source>One print-layout page per map (A4 landscape). Empty: beside the HTML report, with the same name and .pdf. Not written when no map is given.</source>
        <translation>Une page de mise en page par carte (A4 paysage). Vide : à côté du rapport HTML, avec le même nom et .pdf. Non écrit si aucune carte n'est donnée.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="171"/>
        <source>Best model</source>
        <translation>Meilleur modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="227"/>
        <source>Best model: {}</source>
        <translation>Meilleur modèle : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="269"/>
        <source>Susceptibility classes</source>
        <translation>Classes de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="269"/>
        <source>Map values</source>
        <translation>Valeurs de la carte</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="280"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="280"/>
        <source>% area</source>
        <translation>% surface</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="280"/>
        <source>% landslides</source>
        <translation>% glissements</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="307"/>
        <source>PDF with {} map page(s): {}</source>
        <translation>PDF avec {} page(s) de carte : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="195"/>
        <source>Report of the runs and maps (HTML and PDF)</source>
        <translation>Rapport des exécutions et des cartes (HTML et PDF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="196"/>
        <source>Writes one self-contained HTML file (images embedded, print-ready on A4/Letter) to send to a colleague: the best model by a stated criterion, the metrics of every run record with their test set (best marked only among comparable runs, priors apart), rate curves, cross-validation, class areas, methods, parameters and limitations; and a PDF with one print-layout page per map (legend, scale bar, north arrow, landslides, class table). Details: the help link.</source>
        <translation>Écrit un fichier HTML autonome (images intégrées, prêt à imprimer en A4/Letter) à envoyer à un collègue : le meilleur modèle selon un critère énoncé, les métriques de chaque fiche d'exécution avec leur ensemble de test (meilleur marqué uniquement parmi les exécutions comparables, a priori à part), les courbes de taux, la validation croisée, les surfaces des classes, les méthodes, les paramètres et les limites ; et un PDF avec une page de mise en page par carte (légende, barre d'échelle, flèche du nord, glissements, table des classes). Détails : le lien d'aide.</translation>
    </message>
</context>
<context>
    <name>SaturationTestAlgorithm</name>
    <message>
        <location filename="../algorithms/saturationtest.py" line="87"/>
        <source>Test share of each class when there is no split field</source>
        <translation>Part de test de chaque classe en l'absence de champ de partition</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="102"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="112"/>
        <source>Imbalance ratios (negatives per landslide, comma separated)</source>
        <translation>Ratios de déséquilibre (négatifs par glissement, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="120"/>
        <source>Repeats (resamplings per model and ratio)</source>
        <translation>Répétitions (rééchantillonnages par modèle et ratio)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="130"/>
        <source>Test set ratio (negatives per test landslide; 0 = all test negatives)</source>
        <translation>Ratio de l'ensemble de test (négatifs par glissement de test ; 0 = tous les négatifs de test)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="143"/>
        <source>Model parameters (model.name=value; ...)</source>
        <translation>Paramètres des modèles (modele.nom=valeur ; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="155"/>
        <source>Saturation runs (long table)</source>
        <translation>Exécutions de saturation (table longue)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="160"/>
        <source>Saturation summary (mean and sd)</source>
        <translation>Résumé de saturation (moyenne et écart-type)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="165"/>
        <source>Metrics vs ratio (PNG)</source>
        <translation>Métriques selon le ratio (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="165"/>
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="173"/>
        <source>Group key of the run records</source>
        <translation>Clé de groupe des fiches d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="174"/>
        <source>Number of fits</source>
        <translation>Nombre d'ajustements</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="184"/>
        <source>Model parameter &apos;{}&apos; needs its model: write model.name=value (e.g. brf.n_estimators=200).</source>
        <translation>Le paramètre de modèle « {} » a besoin de son modèle : écrivez modele.nom=valeur (par ex. brf.n_estimators=200).</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="191"/>
        <source>Unknown model &apos;{}&apos; in the model parameters; models are {}.</source>
        <translation>Modèle inconnu « {} » dans les paramètres des modèles ; les modèles sont {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="228"/>
        <source>Choose at least one model.</source>
        <translation>Choisissez au moins un modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="274"/>
        <source>{} run records written to {} (group {}).</source>
        <translation>{} fiches d'exécution écrites dans {} (groupe {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="340"/>
        <source>Mean +/- sd (BA, ROC-AUC, PR-AUC):</source>
        <translation>Moyenne +/- écart-type (BA, ROC-AUC, PR-AUC) :</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="197"/>
        <source>Saturation test (metrics vs imbalance ratio)</source>
        <translation>Test de saturation (métriques selon le ratio de déséquilibre)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="149"/>
        <source>Seed of the test set, the negative draws and the models.</source>
        <translation>Graine de l'ensemble de test, des tirages de négatifs et des modèles.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="150"/>
        <source>Fits that run at once in threads: -1 uses all cores.</source>
        <translation>Ajustements exécutés simultanément dans des fils : -1 utilise tous les cœurs.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="152"/>
        <source>Folder of the run records (one per fit, sharing a group key).</source>
        <translation>Dossier des fiches d'exécution (une par ajustement, partageant une clé de groupe).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="198"/>
        <source>The saturation test of Fu et al. 2024 (IEEE JSTARS 17): how do imbalanced learners behave as more negatives per landslide are used for training?

A test set is fixed once (the test landslides and r_test negatives each); then for each ratio and repeat, ratio x n training negatives are drawn (the same draw for every model) and each model is trained and scored on that test set.

Outputs: a long table (one row per fit), mean +/- sd per model and ratio, a PNG of each metric against the ratio, and one run record per fit sharing a group key for the metrics dock.</source>
        <translation>Le test de saturation de Fu et al. 2024 (IEEE JSTARS 17) : comment se comportent les apprenants pour données déséquilibrées lorsque davantage de négatifs par glissement de terrain sont utilisés pour l'entraînement ?

Un ensemble de test est fixé une fois pour toutes (les glissements de test et r_test négatifs pour chacun) ; puis, pour chaque ratio et chaque répétition, ratio x n négatifs d'entraînement sont tirés (le même tirage pour chaque modèle) et chaque modèle est entraîné et évalué sur cet ensemble de test.

Sorties : une table longue (une ligne par ajustement), moyenne +/- écart-type par modèle et ratio, un PNG de chaque métrique en fonction du ratio, et une fiche d'exécution par ajustement partageant une clé de groupe pour le panneau des métriques.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="68"/>
        <source>Design</source>
        <translation>Plan d'expérience</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="68"/>
        <source>Custom: the models, ratios, repeats and test ratio below</source>
        <translation>Personnalisé : les modèles, ratios, répétitions et ratio de test ci-dessous</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="68"/>
        <source>Paper design (Fu et al. 2024): ratios 1:2.5 ... 1:200, 10 repeats, test 1:200 or the largest that fits</source>
        <translation>Plan de l'article (Fu et al. 2024) : ratios 1:2.5 ... 1:200, 10 répétitions, test 1:200 ou le plus grand possible</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="68"/>
        <source>Unlabeled vs reliable negatives at 1:1 (Fu et al. 2024 Table II): rf and dnn</source>
        <translation>Non étiquetés contre négatifs fiables à 1:1 (Fu et al. 2024 tableau II) : rf et dnn</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="265"/>
        <source>Fu et al. Table II: rf and dnn at 1:1, random unlabeled vs reliable negatives.</source>
        <translation>Fu et al. tableau II : rf et dnn à 1:1, non étiquetés aléatoires contre négatifs fiables.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="290"/>
        <source>Saturation test - {} (test set &apos;{}&apos;)</source>
        <translation>Test de saturation - {} (ensemble de test « {} »)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="213"/>
        <source>The Table II experiment needs training negatives of both kinds in &apos;{}&apos; (field &apos;{}&apos;: &apos;random&apos; and &apos;rn&apos;); it has {} random and {} reliable ones. Run lsm:spysampling again with its advanced option &apos;Keep the random training cells&apos; (RANDOM_TRAIN) on, which writes the sample layer&apos;s unlabeled training cells as negative_kind &apos;random&apos; beside the reliable negatives, and give that layer here (or merge an lsm:buildsamples layer, negative_kind &apos;random&apos;, with the reliable negatives, negative_kind &apos;rn&apos;).</source>
        <translation>L'expérience du tableau II nécessite des négatifs d'entraînement des deux types dans « {} » (champ « {} » : « random » et « rn ») ; la couche en contient {} aléatoires et {} fiables. Relancez lsm:spysampling avec son option avancée « Conserver les cellules d'entraînement aléatoires » (RANDOM_TRAIN) activée, qui écrit les cellules d'entraînement non étiquetées de la couche d'échantillons avec negative_kind « random » à côté des négatifs fiables, et fournissez cette couche ici (ou fusionnez une couche de lsm:buildsamples, negative_kind « random », avec les négatifs fiables, negative_kind « rn »).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="199"/>
        <source>Balanced random forest</source>
        <translation>Forêt aléatoire équilibrée</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="200"/>
        <source>EasyEnsemble (AdaBoost members)</source>
        <translation>EasyEnsemble (membres AdaBoost)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="201"/>
        <source>SMOTE + deep neural network</source>
        <translation>SMOTE + réseau de neurones profond</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="202"/>
        <source>ADASYN + deep neural network</source>
        <translation>ADASYN + réseau de neurones profond</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="203"/>
        <source>Random forest (benchmark)</source>
        <translation>Forêt aléatoire (référence)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="204"/>
        <source>Deep neural network (benchmark)</source>
        <translation>Réseau de neurones profond (référence)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="205"/>
        <source>Support vector machine (RBF)</source>
        <translation>Machine à vecteurs de support (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="206"/>
        <source>Logistic regression</source>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="207"/>
        <source>Kernel logistic regression (RBF)</source>
        <translation>Régression logistique à noyau (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="208"/>
        <source>SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)</source>
        <translation>SMOTE + CNN-LSTM avec attention spatiale (CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="209"/>
        <source>1-D convolutional network on the factors (CNN-LSTM-SAM baseline)</source>
        <translation>Réseau convolutif 1D sur les facteurs (référence CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="210"/>
        <source>Frequency ratio (summed, normalised 0-1)</source>
        <translation>Ratio de fréquence (sommé, normalisé 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="211"/>
        <source>Information value (summed, normalised 0-1)</source>
        <translation>Valeur informative (sommée, normalisée 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="212"/>
        <source>Weights of evidence (summed contrast, normalised 0-1)</source>
        <translation>Poids de l'évidence (contraste sommé, normalisé 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="213"/>
        <source>Logistic regression with coefficient table (unpenalised)</source>
        <translation>Régression logistique avec table des coefficients (non pénalisée)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="214"/>
        <source>Gradient boosting (LightGBM, class-balanced)</source>
        <translation>Boosting de gradient (LightGBM, classes équilibrées)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="216"/>
        <source>Without a split field, this share of each class becomes the fixed test pool.</source>
        <translation>Sans champ de partition, cette part de chaque classe devient le réservoir de test fixe.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="217"/>
        <source>Models to train at each ratio; default the four imbalanced learners of Fu et al. 2024.</source>
        <translation>Modèles à entraîner pour chaque ratio ; par défaut, les quatre méthodes d'apprentissage déséquilibré de Fu et al. 2024.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="218"/>
        <source>Fu et al. 2024: 2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200.</source>
        <translation>Fu et al. 2024 : 2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="219"/>
        <source>Independent negative draws per model and ratio; the tables give their mean and sd.</source>
        <translation>Tirages indépendants de négatifs par modèle et par ratio ; les tableaux donnent leur moyenne et leur écart-type.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="220"/>
        <source>Negatives per test landslide in the fixed test set (Fu et al. 2024: 200).</source>
        <translation>Négatifs par glissement de terrain de test dans l'ensemble de test fixe (Fu et al. 2024 : 200).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="221"/>
        <source>Per-model overrides, e.g. &apos;brf.n_estimators=200; smote_dnn.epochs=20&apos; (names as in lsm:trainmodel).</source>
        <translation>Remplacements par modèle, par ex. « brf.n_estimators=200; smote_dnn.epochs=20 » (noms comme dans lsm:trainmodel).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="215"/>
        <source>Custom uses the parameters below. The paper design replaces the ratios and repeats by Fu et al.&apos;s and lowers the test ratio to the largest the test negatives allow. The Table II experiment trains rf and dnn at 1:1 on random unlabeled and on reliable training negatives (field negative_kind: an lsm:spysampling layer made with &apos;Keep the random training cells&apos;, RANDOM_TRAIN), the repeats below each, on the same fixed test sets.</source>
        <translation>Personnalisé utilise les paramètres ci-dessous. Le plan de l'article remplace les rapports et les répétitions par ceux de Fu et al. et abaisse le rapport de test au plus grand que les négatifs de test permettent. L'expérience du tableau II entraîne rf et dnn à 1:1 sur des négatifs non étiquetés aléatoires et sur des négatifs d'entraînement fiables (champ negative_kind : une couche de lsm:spysampling faite avec « Conserver les cellules d'entraînement aléatoires », RANDOM_TRAIN), avec les répétitions ci-dessous chacune, sur les mêmes jeux de test fixes.</translation>
    </message>
</context>
<context>
    <name>SpySampling</name>
    <message>
        <location filename="../algorithms/_spy_run.py" line="36"/>
        <source>Give a sample layer (from lsm:buildsamples) or a landslide inventory: the sample layer could not be read and no inventory was given.</source>
        <translation>Fournissez une couche d'échantillons (issue de lsm:buildsamples) ou un inventaire des glissements de terrain : la couche d'échantillons n'a pas pu être lue et aucun inventaire n'a été fourni.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="44"/>
        <source>Give either a sample layer or a landslide inventory, not both: with a sample layer the inventory is not used.</source>
        <translation>Fournissez soit une couche d'échantillons, soit un inventaire des glissements de terrain, pas les deux : avec une couche d'échantillons, l'inventaire n'est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="76"/>
        <source>Factor field(s) {} have no factor raster of the same name (rasters: {}). Add the rasters, or name the layers/band descriptions as the fields.</source>
        <translation>Le(s) champ(s) de facteur {} n'ont pas de raster de facteur du même nom (rasters : {}). Ajoutez les rasters, ou nommez les couches/descriptions de bandes comme les champs.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="73"/>
        <source>&apos;{}&apos; has no field &apos;{}&apos;: every point is training data, no test negatives.</source>
        <translation>« {} » n'a pas de champ « {} » : chaque point est une donnée d'entraînement, aucun négatif de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="89"/>
        <source>{} point(s) outside the factor rasters were left out.</source>
        <translation>{} point(s) hors des rasters de facteurs ont été écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="95"/>
        <source>{} point(s) without a value for every factor field were left out.</source>
        <translation>{} point(s) sans valeur pour chaque champ de facteur ont été écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="179"/>
        <source>Samples built from &apos;{}&apos;: {}</source>
        <translation>Échantillons construits à partir de « {} » : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="222"/>
        <source>Reliable negatives (spy technique / Bagging-PU)</source>
        <translation>Négatifs fiables (technique des espions / Bagging-PU)</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="174"/>
        <source>The samples built from &apos;{}&apos; could not be read.</source>
        <translation>Les échantillons construits à partir de « {} » n'ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="223"/>
        <source>Finds reliable non-landslide cells (negatives) by positive-unlabeled learning (Fu et al. 2024, IEEE JSTARS 17): the spy technique in two steps, or Bagging-PU (Mordelet &amp; Vert 2014).

Input: the sample layer of lsm:buildsamples and the factor rasters, or the landslide inventory (lsm:buildsamples is then run first). A prior model per split is mapped and classed by Jenks breaks; negatives come from its low classes (spy) or are the lowest-scored cells (Bagging-PU).

Outputs: the negatives (with the landslides, for lsm:trainmodel), the prior maps and model bundles (pickles: load only trusted ones), a summary table and a run record. Details: the help link.</source>
        <translation>Trouve des cellules fiables sans glissement de terrain (négatifs) par apprentissage positif-non étiqueté (Fu et al. 2024, IEEE JSTARS 17) : la technique des espions en deux étapes, ou Bagging-PU (Mordelet &amp; Vert 2014).

Entrée : la couche d'échantillons de lsm:buildsamples et les rasters de facteurs, ou l'inventaire des glissements (lsm:buildsamples est alors exécuté d'abord). Un modèle a priori par partition est cartographié et classé par seuils de Jenks ; les négatifs proviennent de ses classes basses (espions) ou sont les cellules les moins bien notées (Bagging-PU).

Sorties : les négatifs (avec les glissements, pour lsm:trainmodel), les cartes a priori et les paquets de modèle (pickles : ne chargez que ceux de confiance), une table de résumé et une fiche d'exécution. Détails : le lien d'aide.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="147"/>
        <source>Design</source>
        <translation>Plan d'expérience</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="147"/>
        <source>Custom (the values below)</source>
        <translation>Personnalisé (les valeurs ci-dessous)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="147"/>
        <source>Paper design (Fu et al. 2024): 3x unlabeled, 7:3 split, 1:200 or the largest that fits</source>
        <translation>Plan de l'article (Fu et al. 2024) : 3x non étiquetées, partition 7:3, 1:200 ou le plus grand possible</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="62"/>
        <source>Categorical factors declared by &apos;{}&apos;: {}</source>
        <translation>Facteurs catégoriels déclarés par « {} » : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="85"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}).</source>
        <translation>Le(s) facteur(s) catégoriel(s) {} ne figurent pas parmi les rasters de facteurs ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_run.py" line="103"/>
        <source>Paper design (Fu et al. 2024): {:g} unlabeled cells per landslide for the prior (inventory input), a {:g}/{:g} split, negatives at 1:{:g} per split or the largest ratio the open cells allow (core.negatives.check_feasible&apos;s bound).</source>
        <translation>Plan de l'article (Fu et al. 2024) : {:g} cellules non étiquetées par glissement pour l'a priori (inventaire en entrée), une partition {:g}/{:g}, négatifs à 1:{:g} par partition ou le plus grand ratio que permettent les cellules libres (la borne de core.negatives.check_feasible).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="86"/>
        <source>Spy</source>
        <translation>Espions</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="87"/>
        <source>Negatives</source>
        <translation>Négatifs</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="88"/>
        <source>study area</source>
        <translation>zone d'étude</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="89"/>
        <source>Negatives avoid the {} cell(s) of the inventory &apos;{}&apos;.</source>
        <translation>Les négatifs évitent les {} cellule(s) de l'inventaire « {} ».</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="90"/>
        <source>{} unlabeled cell(s) of &apos;{}&apos; lie off the unlabeled pool (deformation, pool mask): left out.</source>
        <translation>{} cellule(s) non étiquetée(s) de « {} » se trouvent hors du réservoir non étiqueté (déformation, masque du réservoir) : écartée(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="55"/>
        <source>The sample layer &apos;{}&apos; is in {} but the factor rasters are in {}: reproject the layer (Vector &gt; Data Management &gt; Reproject layer) first.</source>
        <translation>La couche d’échantillons « {} » est en {} mais les rasters de facteurs sont en {} : reprojetez d’abord la couche (Vecteur &gt; Outils de gestion de données &gt; Reprojeter une couche).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="158"/>
        <source>Paper design: with the inventory input 3 unlabeled cells per landslide for the prior and a 70/30 split; negatives at 1:200 per split, or the largest ratio the open cells allow (the log says which). It replaces the unlabeled ratio, train fraction, negatives per landslide and test negatives per landslide.</source>
        <translation>Plan de l'article : avec l'inventaire en entrée, 3 cellules non étiquetées par glissement de terrain pour l'a priori et une partition 70/30 ; négatifs à 1:200 par partition, ou le plus grand ratio que permettent les cellules disponibles (le journal indique lequel). Il remplace le ratio de non étiquetés, la fraction d'entraînement, les négatifs par glissement et les négatifs de test par glissement.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="91"/>
        <source>{} unlabeled {} cell(s) of the sample layer lie where negatives may not (an inventory cell, the exclusion buffer, off the study area or the unlabeled pool, another split&apos;s blocks): left out of the &apos;random&apos; rows.</source>
        <translation>{} cellule(s) {} non étiquetée(s) de la couche d'échantillons se trouvent là où les négatifs sont exclus (une cellule de l'inventaire, le tampon d'exclusion, hors de la zone d'étude ou du réservoir non étiqueté, les blocs d'une autre partition) : écartées des lignes « random ».</translation>
    </message>
</context>
<context>
    <name>TrainFcnAlgorithm</name>
    <message>
        <location filename="../algorithms/trainfcn.py" line="250"/>
        <source>The landslide layer could not be opened.</source>
        <translation>Impossible d'ouvrir la couche des glissements de terrain.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="263"/>
        <source>No landslide of layer &apos;{}&apos; falls on the factor rasters: check that the layer and the rasters cover the same area.</source>
        <translation>Aucun glissement de terrain de la couche « {} » ne tombe sur les rasters de facteurs : vérifiez que la couche et les rasters couvrent la même zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="322"/>
        <source>{} landslide cells; windows of {} cells, overlap {:g}; filters {}; {} labels; device {}.</source>
        <translation>{} cellules de glissement de terrain ; fenêtres de {} cellules, recouvrement {:g} ; filtres {} ; étiquettes {} ; périphérique {}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="224"/>
        <source>Train FCN (multi-scale, CBAM, Poisson soft labels)</source>
        <translation>Entraîner le réseau FCN (multi-échelle, CBAM, étiquettes souples de Poisson)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="305"/>
        <source>Leave one group out over &apos;{}&apos;: {} groups ({}).</source>
        <translation>Exclusion d'un groupe à la fois sur « {} » : {} groupes ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainfcn.py" line="338"/>
        <source>Validation ROC-AUC {:.3f} on {} cells of {} held-out windows not covered by a training or test window, best epoch {}.</source>
        <translation>ROC-AUC de validation {:.3f} sur {} cellules de {} fenêtres réservées non couvertes par une fenêtre d'entraînement ou de test, meilleure époque {}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="29"/>
        <source>The group field &apos;{}&apos; is not a field of layer &apos;{}&apos;: choose its event or region field.</source>
        <translation>Le champ de groupe « {} » n'est pas un champ de la couche « {} » : choisissez son champ d'événement ou de région.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="30"/>
        <source>Test set &apos;{}&apos; ({}: {} landslide cells, {} others): ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {}).</source>
        <translation>Jeu de test « {} » ({} : {} cellules de glissement, {} autres) : ROC-AUC {:.3f}, G-mean {:.3f} (meilleure époque {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="31"/>
        <source>Leave one group out, test set &apos;{}&apos;, mean over {} groups ({}): {}.</source>
        <translation>Exclusion d'un groupe à la fois, jeu de test « {} », moyenne sur {} groupes ({}) : {}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="32"/>
        <source>Group &apos;{}&apos;, test set &apos;{}&apos;: {} landslide cells, {} others, ROC-AUC {:.3f}.</source>
        <translation>Groupe « {} », jeu de test « {} » : {} cellules de glissement, {} autres, ROC-AUC {:.3f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="225"/>
        <source>Trains the fully convolutional encoder-decoder of Fan et al. 2025 (National Science Review): it maps every cell of a window at once. Windows (448 cells, 20 % overlap by default) are cut from the factor rasters; their labels come from the mapped landslides as Poisson soft labels (1 on landslides, falling to 0 around them) or as the binary mask.

Seeded shares of the windows are held out for the test and for choosing the best epoch (cells no training window covers); test metrics come per kind (&apos;random&apos;, &apos;area&apos;) with bootstrap intervals in run records. A group field (event, region) adds leave-one-group-out validation: per group, an FCN trained on the windows away from that group&apos;s region is tested on it (fold table, mean and 95 % interval). The help link gives the network, the equation and its boundary values.</source>
        <translation>Entraîne l'encodeur-décodeur entièrement convolutif de Fan et al. 2025 (National Science Review) : il cartographie toutes les cellules d'une fenêtre à la fois. Les fenêtres (448 cellules, 20 % de recouvrement par défaut) sont découpées dans les rasters de facteurs ; leurs étiquettes viennent des glissements cartographiés, en étiquettes douces de Poisson (1 sur les glissements, décroissant vers 0 autour) ou en masque binaire.

Des parts de fenêtres tirées avec la graine sont réservées au test et au choix de la meilleure époque (cellules qu'aucune fenêtre d'entraînement ne couvre) ; les métriques de test sont données par type (« random », « area ») avec des intervalles bootstrap dans les enregistrements d'exécution. Un champ de groupe (événement, région) ajoute une validation par exclusion d'un groupe : pour chaque groupe, un FCN entraîné sur les fenêtres éloignées de la région de ce groupe est testé sur celle-ci (tableau des plis, moyenne et intervalle à 95 %). Le lien d'aide donne le réseau, l'équation et ses conditions aux limites.</translation>
    </message>
</context>
<context>
    <name>TrainLsnetAlgorithm</name>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="34"/>
        <source>The sample layer could not be opened.</source>
        <translation>La couche d'échantillons n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="63"/>
        <source>No sample of layer &apos;{}&apos; falls on the factor rasters: check that the layer and the rasters cover the same area (CRS {} vs the rasters&apos;).</source>
        <translation>Aucun échantillon de la couche « {} » ne tombe sur les rasters de facteurs : vérifiez que la couche et les rasters couvrent la même zone (SCR {} contre celui des rasters).</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="71"/>
        <source>{} sample(s) of &apos;{}&apos; fall outside the factor rasters and are left out.</source>
        <translation>{} échantillon(s) de « {} » tombent hors des rasters de facteurs et sont écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="100"/>
        <source>{} sample(s) lie on nodata cells of a factor and are left out.</source>
        <translation>{} échantillon(s) se trouvent sur des cellules nodata d'un facteur et sont écartés.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="355"/>
        <source>{} training, {} validation and {} test samples; patch {} cells, {} blocks {}, dense {}.</source>
        <translation>{} échantillons d'entraînement, {} de validation et {} de test ; patch de {} cellules, {} blocs {}, dense {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="142"/>
        <source>LSNet training ({})</source>
        <translation>Entraînement LSNet ({})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="226"/>
        <source>Train LSNet (CNN on factor patches)</source>
        <translation>Entraîner LSNet (CNN sur des patchs de facteurs)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="325"/>
        <source>The patch size {} is larger than the factor rasters ({} x {} cells): choose a smaller patch, e.g. {}.</source>
        <translation>La taille de patch {} dépasse les rasters de facteurs ({} x {} cellules) : choisissez un patch plus petit, par ex. {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="46"/>
        <source>No test samples of both classes: the metrics are on the training samples (optimistic).</source>
        <translation>Pas d'échantillons de test des deux classes : les métriques portent sur les échantillons d'entraînement (optimiste).</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="59"/>
        <source>Test set &apos;{}&apos; ({} landslides, {} negatives): ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {}).</source>
        <translation>Ensemble de test « {} » ({} glissements de terrain, {} négatifs) : ROC-AUC {:.3f}, G-mean {:.3f} (meilleure époque {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="129"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}): give the names of the layers (or stack band descriptions) that hold class codes.</source>
        <translation>Le(s) facteur(s) catégoriel(s) {} ne figure(nt) pas parmi les rasters de facteurs ({}) : donnez les noms des couches (ou les descriptions des bandes de la pile) qui contiennent des codes de classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_run.py" line="150"/>
        <source>Categorical factor &apos;{}&apos;: {} one-hot channels for classes {}.</source>
        <translation>Facteur catégoriel « {} » : {} canaux one-hot pour les classes {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="368"/>
        <source>Fusion {}, {} input channels; device: {}</source>
        <translation>Fusion {}, {} canaux d'entrée ; périphérique : {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="227"/>
        <source>Trains LSNet (Zhang et al. 2022, Geoscience Letters 9:26), a convolutional network that reads a square patch of the factor rasters around a cell and gives the landslide probability of that cell.

Samples: points with a 0/1 label field; a split field (&apos;train&apos;/&apos;test&apos;) keeps the test samples for the final metrics, else a seeded test share is held out. Test metrics come per negative kind (&apos;random&apos;, &apos;rn&apos;) with bootstrap intervals. Categorical factors enter one-hot; early or late fusion.

Outputs: an LSNet bundle for lsm:lsnetpredict, the training curves (table and PNG) and run records. The help link gives the architecture, training and nodata details.</source>
        <translation>Entraîne LSNet (Zhang et al. 2022, Geoscience Letters 9:26), un réseau convolutif qui lit un patch carré des rasters de facteurs autour d'une cellule et donne la probabilité de glissement de terrain de cette cellule.

Échantillons : points avec un champ d'étiquette 0/1 ; un champ de partition (« train »/« test ») réserve les échantillons de test aux métriques finales, sinon une part de test tirée avec la graine est mise de côté. Les métriques de test sont données par type de négatif (« random », « rn ») avec des intervalles bootstrap. Les facteurs catégoriels entrent en one-hot ; fusion précoce ou tardive.

Sorties : un paquet de modèle LSNet pour lsm:lsnetpredict, les courbes d'entraînement (tableau et PNG) et les fiches d'exécution. Le lien d'aide donne les détails de l'architecture, de l'entraînement et du traitement des nodata.</translation>
    </message>
</context>
<context>
    <name>TrainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/trainmodel.py" line="82"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="88"/>
        <source>Model type; the bundle and run record name it by its key ({}).</source>
        <translation>Type de modèle ; le paquet et la fiche d'exécution le nomment par sa clé ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="94"/>
        <source>Imbalance ratio (negatives per landslide; 0 = all negatives)</source>
        <translation>Ratio de déséquilibre (négatifs par glissement ; 0 = tous les négatifs)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="101"/>
        <source>1 = balanced benchmark; Fu et al. 2024 use 1:2.5 to 1:200.</source>
        <translation>1 = référence équilibrée ; Fu et al. 2024 utilisent de 1:2.5 à 1:200.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="102"/>
        <source>Model parameters (name=value; ...)</source>
        <translation>Paramètres du modèle (nom=valeur ; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>Hyper-parameter search by cross-validation</source>
        <translation>Recherche d'hyperparamètres par validation croisée</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>Stratified folds</source>
        <translation>Plis stratifiés</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>Spatial blocks</source>
        <translation>Blocs spatiaux</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="164"/>
        <source>Cross-validation folds</source>
        <translation>Plis de validation croisée</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="172"/>
        <source>Spatial block size (map units)</source>
        <translation>Taille des blocs spatiaux (unités de la carte)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>Cross-validation score</source>
        <translation>Score de validation croisée</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="202"/>
        <source>Search grid (name=v1,v2; ...; empty = default grid)</source>
        <translation>Grille de recherche (nom=v1,v2 ; ... ; vide = grille par défaut)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="116"/>
        <source>The factor rasters the model will be applied to: their names are checked against the factor fields and their CRS and cell size are recorded in the bundle.</source>
        <translation>Les rasters de facteurs auxquels le modèle sera appliqué : leurs noms sont vérifiés par rapport aux champs de facteurs, et leur SCR et leur taille de cellule sont enregistrés dans le paquet.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="129"/>
        <source>Write a run record</source>
        <translation>Écrire une fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="138"/>
        <source>Model bundle</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="138"/>
        <source>LSM model bundle (*{})</source>
        <translation>Paquet de modèle LSM (*{})</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="143"/>
        <source>Run record</source>
        <translation>Fiche d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Run id</source>
        <translation>Identifiant d'exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="145"/>
        <source>ROC-AUC (test rows, else training)</source>
        <translation>ROC-AUC (lignes de test, sinon entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="146"/>
        <source>Balanced accuracy (test rows, else training)</source>
        <translation>Exactitude équilibrée (lignes de test, sinon entraînement)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="237"/>
        <source>Training {} on {} landslides and {} negatives (1:{:.3g}) from &apos;{}&apos;; {} test rows.</source>
        <translation>Entraînement de {} sur {} glissements et {} négatifs (1:{:.3g}) de « {} » ; {} lignes de test.</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="75"/>
        <source>Give a spatial block size above 0 map units.</source>
        <translation>Donnez une taille de bloc spatial supérieure à 0 unité de carte.</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="96"/>
        <source>Best parameters by {} {} CV: {}</source>
        <translation>Meilleurs paramètres par {} en VC {} : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="108"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="277"/>
        <source>Model bundle written: {}</source>
        <translation>Paquet de modèle écrit : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="142"/>
        <source>Factor field(s) {} have no raster of that name among the factor rasters ({}); name the rasters as the fields when you apply the model (lsm:predictraster matches them by name).</source>
        <translation>Le(s) champ(s) de facteur {} n'ont pas de raster de ce nom parmi les rasters de facteurs ({}) ; nommez les rasters comme les champs lorsque vous appliquez le modèle (lsm:predictraster les associe par nom).</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="155"/>
        <source>{} ({} landslides, {} negatives): OA {:.3f}, precision {:.3f}, sensitivity {:.3f}, specificity {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} at threshold {:.2f}</source>
        <translation>{} ({} glissements, {} négatifs) : OA {:.3f}, précision {:.3f}, sensibilité {:.3f}, spécificité {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} au seuil {:.2f}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="228"/>
        <source>Train susceptibility model</source>
        <translation>Entraîner un modèle de susceptibilité</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="102"/>
        <source>Overrides of the model&apos;s defaults, e.g. &apos;n_estimators=300; max_depth=12&apos; (the names and defaults of each model are in the help link).</source>
        <translation>Valeurs remplaçant celles par défaut du modèle, par ex. « n_estimators=300; max_depth=12 » (les noms et valeurs par défaut de chaque modèle sont dans le lien d'aide).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="123"/>
        <source>Seed of every random draw: the same seed and data give the same model.</source>
        <translation>Graine de chaque tirage aléatoire : la même graine et les mêmes données donnent le même modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="129"/>
        <source>Write the run&apos;s record (metrics, curves, parameters) into the run store for the metrics dock.</source>
        <translation>Écrire la fiche de l'exécution (métriques, courbes, paramètres) dans le registre d'exécutions pour le panneau des métriques.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="151"/>
        <source>Grid search on the training rows: folds stratified by class, or folds of whole square blocks (neighbouring cells never on both sides). The best combination is refitted on all training rows.</source>
        <translation>Recherche sur grille sur les lignes d'entraînement : plis stratifiés par classe, ou plis de blocs carrés entiers (des cellules voisines ne sont jamais des deux côtés). La meilleure combinaison est réajustée sur toutes les lignes d'entraînement.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="167"/>
        <source>Number of folds of the cross-validation (5 is usual in susceptibility studies).</source>
        <translation>Nombre de plis de la validation croisée (5 est habituel dans les études de susceptibilité).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="179"/>
        <source>Side of the square blocks of the spatial cross-validation, in the samples&apos; map units.</source>
        <translation>Côté des blocs carrés de la validation croisée spatiale, en unités de carte des échantillons.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>The score the grid search maximises.</source>
        <translation>Le score que la recherche sur grille maximise.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="202"/>
        <source>Values to try, e.g. &apos;n_estimators=100,300; max_depth=8,16&apos;; empty: a small default grid per model.</source>
        <translation>Valeurs à essayer, par ex. « n_estimators=100,300; max_depth=8,16 » ; vide : une petite grille par défaut par modèle.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="229"/>
        <source>Trains a landslide susceptibility model on samples (landslides 1, negatives 0) and saves it as a model bundle (.lsmodel) for lsm:predictraster and lsm:evaluatemodel.

Models: balanced random forest, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), the benchmarks rf and dnn, SVM, kernel and plain logistic regression. With a ratio r &gt; 0, r training negatives per landslide are drawn; 0 uses all. &apos;test&apos; rows give the test metrics; an optional cross-validated grid search picks the parameters.

SECURITY: a bundle holds a Python pickle: open only bundles you trust. See the help link for the model parameters and the bundle format.</source>
        <translation>Entraîne un modèle de susceptibilité aux glissements de terrain sur des échantillons (glissements 1, négatifs 0) et l'enregistre comme paquet de modèle (.lsmodel) pour lsm:predictraster et lsm:evaluatemodel.

Modèles : forêt aléatoire équilibrée, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), les références rf et dnn, SVM, régression logistique à noyau et simple. Avec un ratio r &gt; 0, r négatifs d'entraînement par glissement sont tirés ; 0 les utilise tous. Les lignes « test » donnent les métriques de test ; une recherche sur grille facultative par validation croisée choisit les paramètres.

SÉCURITÉ : un paquet contient un pickle Python : n'ouvrez que des paquets de confiance. Voir le lien d'aide pour les paramètres des modèles et le format du paquet.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="113"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>Balanced accuracy</source>
        <translation>Exactitude équilibrée</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>G-mean</source>
        <translation>G-mean</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>F1 score</source>
        <translation>Score F1</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="184"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <location filename="../algorithms/_train_io.py" line="117"/>
        <source>Test &apos;{}&apos;</source>
        <translation>Test « {} »</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="230"/>
        <source>Balanced random forest</source>
        <translation>Forêt aléatoire équilibrée</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="231"/>
        <source>EasyEnsemble (AdaBoost members)</source>
        <translation>EasyEnsemble (membres AdaBoost)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="232"/>
        <source>SMOTE + deep neural network</source>
        <translation>SMOTE + réseau de neurones profond</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="233"/>
        <source>ADASYN + deep neural network</source>
        <translation>ADASYN + réseau de neurones profond</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="234"/>
        <source>Random forest (benchmark)</source>
        <translation>Forêt aléatoire (référence)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="235"/>
        <source>Deep neural network (benchmark)</source>
        <translation>Réseau de neurones profond (référence)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="236"/>
        <source>Support vector machine (RBF)</source>
        <translation>Machine à vecteurs de support (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="237"/>
        <source>Logistic regression</source>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="238"/>
        <source>Kernel logistic regression (RBF)</source>
        <translation>Régression logistique à noyau (RBF)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="239"/>
        <source>SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)</source>
        <translation>SMOTE + CNN-LSTM avec attention spatiale (CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="240"/>
        <source>1-D convolutional network on the factors (CNN-LSTM-SAM baseline)</source>
        <translation>Réseau convolutif 1D sur les facteurs (référence CNN-LSTM-SAM)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="241"/>
        <source>Frequency ratio (summed, normalised 0-1)</source>
        <translation>Ratio de fréquence (sommé, normalisé 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="242"/>
        <source>Information value (summed, normalised 0-1)</source>
        <translation>Valeur informative (sommée, normalisée 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="243"/>
        <source>Weights of evidence (summed contrast, normalised 0-1)</source>
        <translation>Poids de l'évidence (contraste sommé, normalisé 0-1)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="244"/>
        <source>Logistic regression with coefficient table (unpenalised)</source>
        <translation>Régression logistique avec table des coefficients (non pénalisée)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="245"/>
        <source>Gradient boosting (LightGBM, class-balanced)</source>
        <translation>Boosting de gradient (LightGBM, classes équilibrées)</translation>
    </message>
</context>
<context>
    <name>UnitClassesAlgorithm</name>
    <message>
        <location filename="../algorithms/unitclasses.py" line="71"/>
        <source>Mapping units</source>
        <translation>Unités cartographiques</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="71"/>
        <source>Polygons with the value to classify (lsm:predictunits output).</source>
        <translation>Polygones portant la valeur à classer (sortie de lsm:predictunits).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="76"/>
        <source>Value field</source>
        <translation>Champ de valeur</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="76"/>
        <source>The field to classify; higher values rank first in the rate curves. NULL units stay unclassed.</source>
        <translation>Le champ à classer ; les valeurs les plus élevées viennent en premier dans les courbes de taux. Les unités NULL restent non classées.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="86"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="86"/>
        <source>Jenks classes (2 to 20).</source>
        <translation>Classes de Jenks (de 2 à 20).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="93"/>
        <source>Weight of a unit</source>
        <translation>Poids d'une unité</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="93"/>
        <source>one per unit</source>
        <translation>un par unité</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="93"/>
        <source>its area</source>
        <translation>sa surface</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="93"/>
        <source>Each unit counts once in the Jenks fit, or in proportion to its area (a weighted fit).</source>
        <translation>Chaque unité compte une fois dans l'ajustement de Jenks, ou en proportion de sa surface (un ajustement pondéré).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="111"/>
        <source>Landslides per unit (count, 0/1 presence or landslide area) for the {}.</source>
        <translation>Glissements par unité (nombre, présence 0/1 ou surface de glissement), pour : {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="120"/>
        <source>Class field</source>
        <translation>Champ de classe</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="120"/>
        <source>Name of the class field written on the units.</source>
        <translation>Nom du champ de classe écrit sur les unités.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="125"/>
        <source>Classed units</source>
        <translation>Unités classées</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="126"/>
        <source>Class table</source>
        <translation>Table des classes</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="129"/>
        <source>Rate curves (CSV)</source>
        <translation>Courbes de taux (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="144"/>
        <source>The unit layer could not be opened.</source>
        <translation>La couche d'unités n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="159"/>
        <source>Jenks breaks of &apos;{}&apos; ({}-weighted): {}; GVF {:.4f}.</source>
        <translation>Seuils de Jenks de « {} » (pondérés par {}) : {} ; GVF {:.4f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="206"/>
        <source>{}-rate curve by unit area: AUC {:.4f}.</source>
        <translation>Courbe de taux ({}) par surface d'unités : AUC {:.4f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitclasses.py" line="232"/>
        <source>The landslide field &apos;{}&apos; holds negative values ({}): give counts, 0/1 or areas.</source>
        <translation>Le champ de glissements « {} » contient des valeurs négatives ({}) : donnez des nombres, des 0/1 ou des surfaces.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="246"/>
        <source>Unit classes and rate curves</source>
        <translation>Classes d'unités et courbes de taux</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="247"/>
        <source>Exact Jenks natural breaks of a numeric field of mapping units (a susceptibility from lsm:predictunits), each unit weighing 1 or its area; a class field (1 = lowest), a class table (units, area %, landslide %) and, with landslide fields, success- and prediction-rate curves by unit area (units ranked by the value: cumulative landslide share against cumulative area share) with their AUC.</source>
        <translation>Seuils naturels de Jenks exacts d'un champ numérique d'unités cartographiques (une susceptibilité issue de lsm:predictunits), chaque unité pesant 1 ou sa surface ; un champ de classe (1 = la plus faible), une table des classes (unités, % de surface, % de glissements) et, avec des champs de glissements, des courbes de taux de succès et de prédiction par surface d'unités (unités classées par la valeur : part cumulée des glissements contre part cumulée de la surface) avec leur AUC.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="248"/>
        <source>Landslide field (training)</source>
        <translation>Champ des glissements de terrain (entraînement)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="249"/>
        <source>Landslide field (test)</source>
        <translation>Champ des glissements de terrain (test)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="250"/>
        <source>success-rate curve and the class table&apos;s landslide %</source>
        <translation>courbe de taux de succès et % de glissements de terrain du tableau des classes</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="251"/>
        <source>prediction-rate curve</source>
        <translation>courbe de taux de prédiction</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="252"/>
        <source>Goodness of variance fit</source>
        <translation>Qualité d'ajustement de la variance</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="253"/>
        <source>Success-rate AUC</source>
        <translation>AUC du taux de succès</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="254"/>
        <source>Prediction-rate AUC</source>
        <translation>AUC du taux de prédiction</translation>
    </message>
</context>
<context>
    <name>UnitFactorsAlgorithm</name>
    <message>
        <location filename="../algorithms/unitfactors.py" line="62"/>
        <source>Mapping units</source>
        <translation>Unités cartographiques</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="62"/>
        <source>Polygons of the mapping units (a partition: where units overlap a cell counts for one only).</source>
        <translation>Polygones des unités cartographiques (une partition : là où des unités se chevauchent, une cellule ne compte que pour une seule).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="69"/>
        <source>Factor rasters</source>
        <translation>Rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="69"/>
        <source>Factor rasters on one grid, in the units&apos; CRS; single bands are named after the layer.</source>
        <translation>Rasters de facteurs sur une même grille, dans le SCR des unités ; les bandes uniques sont nommées d'après la couche.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="74"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Facteurs catégoriels (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="74"/>
        <source>Factors holding class codes: their majority class and the share of each class per unit.</source>
        <translation>Facteurs contenant des codes de classe : leur classe majoritaire et la part de chaque classe par unité.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Statistics of continuous factors</source>
        <translation>Statistiques des facteurs continus</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Standard deviation</source>
        <translation>Écart-type</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="83"/>
        <source>Per-unit statistics; the median is exact up to 16 million grid cells, above from per-unit histograms (the log gives the largest error).</source>
        <translation>Statistiques par unité ; la médiane est exacte jusqu'à 16 millions de cellules de grille, au-delà elle provient d'histogrammes par unité (le journal donne la plus grande erreur).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="97"/>
        <source>Landslide inventory</source>
        <translation>Inventaire des glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="97"/>
        <source>Points (counted in the unit that contains them) or polygons (counted in every unit they touch, with the share of the unit&apos;s area they cover).</source>
        <translation>Points (comptés dans l'unité qui les contient) ou polygones (comptés dans chaque unité qu'ils touchent, avec la part de la surface de l'unité qu'ils couvrent).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="120"/>
        <source>Units with factors</source>
        <translation>Unités avec facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="121"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="122"/>
        <source>Units without a cell</source>
        <translation>Unités sans cellule</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="128"/>
        <source>The unit layer could not be opened.</source>
        <translation>La couche d'unités n'a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="132"/>
        <source>Choose at least one factor raster.</source>
        <translation>Choisissez au moins un raster de facteur.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="137"/>
        <source>factor rasters</source>
        <translation>rasters de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="139"/>
        <source>&apos;{}&apos;: {} unit(s), {} factor(s).</source>
        <translation>« {} » : {} unité(s), {} facteur(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="172"/>
        <source>Choose at least one statistic (mean, median or standard deviation).</source>
        <translation>Choisissez au moins une statistique (moyenne, médiane ou écart-type).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="183"/>
        <source>&apos;{}&apos;: {} unit(s) hold a landslide ({} landslide hit(s) in all).</source>
        <translation>« {} » : {} unité(s) contiennent un glissement ({} glissement(s) touché(s) au total).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="255"/>
        <source>Unit factors (zonal statistics of mapping units)</source>
        <translation>Facteurs par unité (statistiques zonales des unités cartographiques)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="123"/>
        <source>Factor fields (comma separated)</source>
        <translation>Champs de facteurs (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="256"/>
        <source>Adds per-unit factor statistics to a polygon layer of mapping units (slope units, basins): mean, median and standard deviation of continuous factors (fields &lt;factor&gt;_mean, _median, _std), majority and class shares of categorical ones, and the landslide response from an inventory: ls_count, ls_presence (count &gt;= 1) and, for polygon inventories, ls_area_share. Cells belong to the unit covering their centre. Streamed block by block: memory grows with the units, not the raster.

The output is a sample layer for lsm:trainmodel and lsm:crossvalidate (label field ls_presence); the FACTOR_FIELDS output lists its factor fields (statistics and class shares) for them.</source>
        <translation>Ajoute des statistiques de facteurs par unité à une couche de polygones d'unités cartographiques (unités de versant, bassins) : moyenne, médiane et écart-type des facteurs continus (champs &lt;factor&gt;_mean, _median, _std), classe majoritaire et parts des classes des facteurs catégoriels, ainsi que la réponse en glissements de terrain d'un inventaire : ls_count, ls_presence (nombre &gt;= 1) et, pour les inventaires de polygones, ls_area_share. Chaque cellule appartient à l'unité qui couvre son centre. Traitement en flux bloc par bloc : la mémoire croît avec les unités, pas avec le raster.

La sortie est une couche d'échantillons pour lsm:trainmodel et lsm:crossvalidate (champ d'étiquette ls_presence) ; la sortie FACTOR_FIELDS liste ses champs de facteurs (statistiques et parts des classes) à leur intention.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitfactors.py" line="110"/>
        <source>Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the block pass of the zonal statistics runs as one task per block on its workers, which read the factor rasters and the rasterised units (in QGIS&apos;s Processing temporary folder) from the same paths (readable there), with numpy, GDAL and this plugin importable as &apos;landslide_susceptibility&apos;; the result is the same as a run here. Needs the &apos;distributed&apos; package. Empty: run here.</source>
        <translation>Adresse d'un ordonnanceur Dask distributed en service (p. ex. tcp://10.0.0.5:8786) : le passage par blocs des statistiques zonales s'exécute en une tâche par bloc sur ses workers, qui lisent les rasters de facteurs et les unités rastérisées (dans le dossier temporaire de Processing de QGIS) aux mêmes chemins (lisibles là-bas), avec numpy, GDAL et ce plugin importable sous le nom 'landslide_susceptibility' ; le résultat est le même qu'une exécution ici. Nécessite le paquet 'distributed'. Vide : exécution ici.</translation>
    </message>
</context>
<context>
    <name>UnitNegativesAlgorithm</name>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="64"/>
        <source>Mapping units</source>
        <translation>Unités cartographiques</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="64"/>
        <source>Polygons with factor fields and a landslide count (lsm:unitfactors output).</source>
        <translation>Polygones avec des champs de facteurs et un nombre de glissements de terrain (sortie de lsm:unitfactors).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="69"/>
        <source>Landslide count field</source>
        <translation>Champ du nombre de glissements de terrain</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="69"/>
        <source>Landslides per unit (0, 1, 2, ...; default ls_count); units with 0 are the unlabeled units.</source>
        <translation>Glissements de terrain par unité (0, 1, 2, ... ; ls_count par défaut) ; les unités à 0 sont les unités non étiquetées.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="84"/>
        <source>Factor fields</source>
        <translation>Champs de facteurs</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="84"/>
        <source>The unit attributes the prior model learns from (e.g. slope_mean, elev_mean).</source>
        <translation>Les attributs des unités à partir desquels le modèle a priori apprend (par ex. slope_mean, elev_mean).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="96"/>
        <source>Categorical factor fields (one-hot encoded)</source>
        <translation>Champs de facteurs catégoriels (encodés en one-hot)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="96"/>
        <source>Factors holding class codes (majority lithology); they must be among the factor fields.</source>
        <translation>Facteurs contenant des codes de classe (lithologie majoritaire) ; ils doivent figurer parmi les champs de facteurs.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="111"/>
        <source>Landslides for a landslide unit</source>
        <translation>Glissements de terrain pour une unité à glissements</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="111"/>
        <source>A unit with at least this many landslides is a landslide unit (1: presence, count &gt;= 1).</source>
        <translation>Une unité comptant au moins ce nombre de glissements de terrain est une unité à glissements (1 : présence, nombre &gt;= 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="118"/>
        <source>PU method</source>
        <translation>Méthode PU</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="118"/>
        <source>How the prior is fitted: the two-step spy technique or Bagging-PU.</source>
        <translation>Comment l'a priori est ajusté : la technique des espions en deux étapes ou Bagging-PU.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="126"/>
        <source>Seed of the spies, the forests and the draw: same seed, same units.</source>
        <translation>Graine des espions, des forêts et du tirage : même graine, mêmes unités.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="130"/>
        <source>Units with reliable negatives</source>
        <translation>Unités avec négatifs fiables</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="133"/>
        <source>Reliable-negative units</source>
        <translation>Unités de négatifs fiables</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="134"/>
        <source>Spy threshold</source>
        <translation>Seuil des espions</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Spy fraction</source>
        <translation>Fraction d'espions</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Share of the landslide units hidden among the unlabeled as spies (Fu et al. 2024: 0.15).</source>
        <translation>Part des unités à glissements cachées parmi les non étiquetées comme espions (Fu et al. 2024 : 0,15).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Spy noise share</source>
        <translation>Part de bruit des espions</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Share of spies allowed below the threshold (Liu et al. 2002: 0.05).</source>
        <translation>Part des espions admis sous le seuil (Liu et al. 2002 : 0,05).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Trees</source>
        <translation>Arbres</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Trees of the step forests.</source>
        <translation>Arbres des forêts d'étape.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Jenks classes of the prior</source>
        <translation>Classes de Jenks de l'a priori</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Exact Jenks classes of the units&apos; prior (1 = very low).</source>
        <translation>Classes de Jenks exactes de l'a priori des unités (1 = très faible).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Prior classes giving negatives</source>
        <translation>Classes a priori fournissant les négatifs</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>The unlabeled units of these prior classes are the reliable negatives (Fu et al. 2024: 1,2).</source>
        <translation>Les unités non étiquetées de ces classes a priori sont les négatifs fiables (Fu et al. 2024 : 1,2).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>Reliable negatives per landslide unit (0 = all)</source>
        <translation>Négatifs fiables par unité à glissements (0 = tous)</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="138"/>
        <source>0 keeps every unlabeled unit of the negative classes; above 0 draws at most this many per landslide unit.</source>
        <translation>0 conserve toutes les unités non étiquetées des classes négatives ; au-delà de 0, en tire au plus ce nombre par unité à glissements de terrain.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="195"/>
        <source>The unit layer could not be opened.</source>
        <translation>Impossible d'ouvrir la couche d'unités.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="232"/>
        <source>Choose the factor fields of the unit layer &apos;{}&apos;.</source>
        <translation>Choisissez les champs de facteurs de la couche d'unités « {} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="234"/>
        <source>The count field &apos;{}&apos; is also chosen as a factor: remove it from the factor fields.</source>
        <translation>Le champ de comptage « {} » est aussi choisi comme facteur : retirez-le des champs de facteurs.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="241"/>
        <source>Categorical field(s) {} are not among the factor fields; add them there too.</source>
        <translation>Le(s) champ(s) catégoriel(s) {} ne figure(nt) pas parmi les champs de facteurs ; ajoutez-les-y aussi.</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="267"/>
        <source>&apos;{}&apos;: {} landslide unit(s), {} unlabeled; prior Jenks breaks {}; {} unlabeled unit(s) in the negative classes, {} reliable negative(s).</source>
        <translation>« {} » : {} unité(s) à glissements de terrain, {} non étiquetée(s) ; seuils de Jenks de l'a priori {} ; {} unité(s) non étiquetée(s) dans les classes négatives, {} négatif(s) fiable(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/unitnegatives.py" line="281"/>
        <source>{} spies, spy threshold {:.4f}.</source>
        <translation>{} espions, seuil des espions {:.4f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="257"/>
        <source>Reliable-negative units (spy technique on units)</source>
        <translation>Unités de négatifs fiables (technique des espions sur les unités)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="258"/>
        <source>Positive-unlabeled sampling on mapping units: units with at least the threshold of landslides are landslide units, units with none are unlabeled. The spy technique (a share of the landslide units hidden among the unlabeled) or Bagging-PU fits a prior model on the unit attributes; its exact Jenks classes over the units give the reliable negatives: the unlabeled units of the low classes. Writes the units with label (1 landslide, 0 reliable negative, NULL otherwise), negative_kind, prior and prior_class: a sample layer for lsm:trainmodel and lsm:crossvalidate (label field &apos;label&apos;).</source>
        <translation>Échantillonnage positif-non étiqueté sur des unités cartographiques : les unités comptant au moins le seuil de glissements de terrain sont des unités à glissements, celles qui n'en ont aucun sont non étiquetées. La technique des espions (une part des unités à glissements cachée parmi les non étiquetées) ou Bagging-PU ajuste un modèle a priori sur les attributs des unités ; ses classes de Jenks exactes sur les unités donnent les négatifs fiables : les unités non étiquetées des classes basses. Écrit les unités avec label (1 glissement de terrain, 0 négatif fiable, NULL sinon), negative_kind, prior et prior_class : une couche d'échantillons pour lsm:trainmodel et lsm:crossvalidate (champ d'étiquette « label »).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="259"/>
        <source>Spy technique (Fu et al. 2024)</source>
        <translation>Technique des espions (Fu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="260"/>
        <source>Bagging-PU (Mordelet and Vert 2014)</source>
        <translation>Bagging-PU (Mordelet et Vert 2014)</translation>
    </message>
</context>
<context>
    <name>alg</name>
    <message>
        <location filename="../algorithms/_evaluation.py" line="23"/>
        <source>  95 % intervals (stratified bootstrap, {} resamples, seed {}): {}</source>
        <translation>  intervalles à 95 % (bootstrap stratifié, {} rééchantillonnages, graine {}) : {}</translation>
    </message>
</context>
</TS>

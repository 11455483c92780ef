<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../algorithms/spysampling.py" line="103"/>
        <source>Sample layer (landslides and unlabeled cells)</source>
        <translation>Capa de muestras (deslizamientos y celdas no etiquetadas)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="109"/>
        <source>Points of lsm:buildsamples: label 1/0, split train/test, one field per factor. Leave empty to give the landslide inventory instead.</source>
        <translation>Puntos de lsm:buildsamples: etiqueta 1/0, partición train/test, un campo por factor. Déjelo vacío para dar en su lugar el inventario de deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="117"/>
        <source>Landslide inventory (instead of a sample layer)</source>
        <translation>Inventario de deslizamientos (en lugar de una capa de muestras)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="123"/>
        <source>Landslide points or polygons (centroid cell): the samples are built from it and the factor rasters as lsm:buildsamples does. Use lsm:buildsamples first for the other polygon modes, a study area, an exclusion buffer or a spatial split.</source>
        <translation>Puntos o polígonos de deslizamientos (celda del centroide): las muestras se construyen a partir de ellos y de los ráster de factores, como lo hace lsm:buildsamples. Use primero lsm:buildsamples para los demás modos de polígono, un área de estudio, un búfer de exclusión o una partición espacial.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="132"/>
        <source>Unlabeled cells per landslide (inventory input)</source>
        <translation>Celdas no etiquetadas por deslizamiento (entrada de inventario)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="133"/>
        <source>With the inventory input: unlabeled cells drawn per landslide for the step classifier (default 10).</source>
        <translation>Con el inventario como entrada: celdas no etiquetadas extraídas por deslizamiento para el clasificador de la etapa (10 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="141"/>
        <source>Train fraction (inventory input)</source>
        <translation>Fracción de entrenamiento (entrada de inventario)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="148"/>
        <source>With the inventory input: share of the landslides for training (default 0.7).</source>
        <translation>Con el inventario como entrada: proporción de los deslizamientos para el entrenamiento (0,7 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="151"/>
        <source>Factor rasters (for the prior maps)</source>
        <translation>Ráster de factores (para los mapas a priori)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="154"/>
        <source>Single bands are named after the layer, stack bands after their descriptions; the factor fields must be among these names.</source>
        <translation>Las bandas únicas se nombran según la capa, las bandas de una pila según su descripción; los campos de factores deben estar entre estos nombres.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="162"/>
        <source>Factor fields (empty: every factor raster)</source>
        <translation>Campos de factores (vacío: todos los ráster de factores)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="170"/>
        <source>Numeric fields holding the factor values; each must have a factor raster of the same name.</source>
        <translation>Campos numéricos con los valores de los factores; cada uno debe tener un ráster de factor con el mismo nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="176"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation>Campo de etiqueta (1 deslizamiento, 0 no etiquetado)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="179"/>
        <source>Field with 1 for landslides and 0 for unlabeled cells.</source>
        <translation>Campo con 1 para los deslizamientos y 0 para las celdas no etiquetadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="180"/>
        <source>Split field (train/test)</source>
        <translation>Campo de partición (train/test)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="183"/>
        <source>Field with &apos;train&apos; or &apos;test&apos;; when the layer has no such field every point is training data and no test negatives are drawn.</source>
        <translation>Campo con &apos;train&apos; o &apos;test&apos;; si la capa no tiene ese campo, todos los puntos son datos de entrenamiento y no se extraen negativos de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="194"/>
        <source>PU method</source>
        <translation>Método PU</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="194"/>
        <source>Spy technique, two steps (Fu et al. 2024)</source>
        <translation>Técnica de espías, dos etapas (Fu et al. 2024)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="194"/>
        <source>Bagging-PU (Mordelet &amp; Vert 2014)</source>
        <translation>Bagging-PU (Mordelet &amp; Vert 2014)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="200"/>
        <source>How the prior model is found.</source>
        <translation>Cómo se obtiene el modelo a priori.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="201"/>
        <source>Spy fraction</source>
        <translation>Fracción de espías</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="202"/>
        <source>Share of the landslides hidden among the unlabeled as spies (0.15: Fu et al. 2024).</source>
        <translation>Proporción de los deslizamientos ocultos entre los no etiquetados como espías (0,15: Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="205"/>
        <source>Spy noise share (spies allowed below the threshold)</source>
        <translation>Proporción de ruido de los espías (espías admitidos bajo el umbral)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="212"/>
        <source>The threshold is the lowest spy score once this share of the lowest-scored spies is discarded as noise (0.05, after Liu et al. 2002).</source>
        <translation>El umbral es el puntaje de espía más bajo una vez descartada como ruido esta proporción de los espías con menor puntaje (0,05, según Liu et al. 2002).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="221"/>
        <source>Trees of the step classifier</source>
        <translation>Árboles del clasificador de la etapa</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="222"/>
        <source>Random forest size (each tree sees a balanced bootstrap).</source>
        <translation>Tamaño del bosque aleatorio (cada árbol ve un bootstrap balanceado).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="223"/>
        <source>Maximum tree depth (0: unlimited)</source>
        <translation>Profundidad máxima de los árboles (0: ilimitada)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="224"/>
        <source>Depth limit of the trees; 0 grows them fully as in Breiman&apos;s random forest.</source>
        <translation>Límite de profundidad de los árboles; 0 los hace crecer por completo como en el bosque aleatorio de Breiman.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="225"/>
        <source>Jenks classes of the prior map</source>
        <translation>Clases de Jenks del mapa a priori</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="228"/>
        <source>Classes of the exact Jenks classification of the prior map (5: very low ... very high, Fu et al. 2024).</source>
        <translation>Número de clases de la clasificación exacta de Jenks del mapa a priori (5: muy baja ... muy alta, Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="237"/>
        <source>Prior classes giving negatives (comma separated)</source>
        <translation>Clases a priori que dan los negativos (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="242"/>
        <source>Class numbers from 1 (lowest prior) up; default 1,2 (very low and low, Fu et al. 2024).</source>
        <translation>Números de clase desde 1 (a priori más bajo) en adelante; por defecto 1,2 (muy baja y baja, Fu et al. 2024).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="247"/>
        <source>Negatives per landslide</source>
        <translation>Negativos por deslizamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="248"/>
        <source>Negatives drawn per landslide of each split (Fu et al. 2024 go up to 200).</source>
        <translation>Negativos extraídos por deslizamiento de cada partición (Fu et al. 2024 llegan hasta 200).</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="85"/>
        <source>Same seed and inputs give the same spies, models and negatives.</source>
        <translation>La misma semilla y las mismas entradas dan los mismos espías, modelos y negativos.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="249"/>
        <source>Copy the landslides into the output (label 1)</source>
        <translation>Copiar los deslizamientos en la salida (etiqueta 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="252"/>
        <source>Also write the landslides of the sample layer, so the output feeds lsm:trainmodel directly.</source>
        <translation>Escribir también los deslizamientos de la capa de muestras, para que la salida alimente directamente lsm:trainmodel.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="91"/>
        <source>Folder of the run records the metrics dock reads; empty: &apos;lsm_runs&apos; beside the project or the output.</source>
        <translation>Carpeta de las fichas de ejecución que lee el panel de métricas; vacío: &apos;lsm_runs&apos; junto al proyecto o a la salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="260"/>
        <source>Reliable negatives</source>
        <translation>Negativos confiables</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="268"/>
        <source>Prior map (train)</source>
        <translation>Mapa a priori (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="269"/>
        <source>Prior map (test)</source>
        <translation>Mapa a priori (prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="271"/>
        <source>Prior model bundle (train)</source>
        <translation>Paquete del modelo a priori (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="270"/>
        <source>Model bundle (*.lsmodel)</source>
        <translation>Paquete de modelo (*.lsmodel)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="271"/>
        <source>Prior model bundle (test)</source>
        <translation>Paquete del modelo a priori (prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="276"/>
        <source>PU summary</source>
        <translation>Resumen PU</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="281"/>
        <source>Run record file</source>
        <translation>Archivo de ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="97"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="283"/>
        <source>Spy threshold (train)</source>
        <translation>Umbral de espías (entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="284"/>
        <source>Training negatives</source>
        <translation>Negativos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="285"/>
        <source>Test negatives</source>
        <translation>Negativos de prueba</translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="37"/>
        <source>&amp;Landslide Susceptibility</source>
        <translation>&amp;Susceptibilidad a deslizamientos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="100"/>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/gui.py" line="44"/>
        <source>Compare runs: metrics, charts and outputs of the landslide susceptibility runs</source>
        <translation>Comparar ejecuciones: métricas, gráficos y salidas de las ejecuciones de susceptibilidad a deslizamientos</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="21"/>
        <source>Bar chart of a metric</source>
        <translation>Gráfico de barras de una métrica</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="22"/>
        <source>Box plots over repeats</source>
        <translation>Diagramas de caja sobre las repeticiones</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="23"/>
        <source>ROC curves</source>
        <translation>Curvas ROC</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="24"/>
        <source>PR curves</source>
        <translation>Curvas PR</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="25"/>
        <source>Metric vs imbalance ratio</source>
        <translation>Métrica según la razón de desbalance</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="26"/>
        <source>Class areas per model</source>
        <translation>Áreas de las clases por modelo</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="49"/>
        <source>Charts need matplotlib ({}). Install it into the Python of QGIS (python3-matplotlib).</source>
        <translation>Los gráficos requieren matplotlib ({}). Instálelo en el Python de QGIS (python3-matplotlib).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="101"/>
        <source>No run among the selection has {}.</source>
        <translation>Ninguna ejecución de la selección tiene {}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="116"/>
        <source>{} of {} rows drawn.</source>
        <translation>{} de {} filas dibujadas.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="125"/>
        <source>Box plots need repeated runs: select runs that differ only in their repeat index (same model, ratio and data).</source>
        <translation>Los diagramas de caja requieren ejecuciones repetidas: seleccione ejecuciones que solo difieran en su índice de repetición (mismo modelo, razón y datos).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="144"/>
        <source>{} configuration(s) with a single run left out.</source>
        <translation>{} configuración(es) con una sola ejecución omitida(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="164"/>
        <source>No run among the selection has a ROC curve.</source>
        <translation>Ninguna ejecución de la selección tiene curva ROC.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="161"/>
        <source>{} run(s) without a curve left out.</source>
        <translation>{} ejecución(es) sin curva omitida(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="167"/>
        <source>No run among the selection has a PR curve.</source>
        <translation>Ninguna ejecución de la selección tiene curva PR.</translation>
    </message>
    <message>
        <location filename="../core/charts.py" line="154"/>
        <source> no-skill ({:.2f})</source>
        <translation> sin habilidad ({:.2f})</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="172"/>
        <source>No run among the selection has both a ratio and {} (run a saturation test).</source>
        <translation>Ninguna ejecución de la selección tiene a la vez una razón y {} (ejecute una prueba de saturación).</translation>
    </message>
    <message>
        <location filename="../core/charts.py" line="185"/>
        <source>Negatives per positive (imbalance ratio)</source>
        <translation>Negativos por positivo (razón de desbalance)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="191"/>
        <source>Points: mean over repeats; bars: ± sample sd.</source>
        <translation>Puntos: media sobre las repeticiones; barras: ± desviación estándar muestral.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="196"/>
        <source>No run among the selection has class areas (maps classified into susceptibility classes).</source>
        <translation>Ninguna ejecución de la selección tiene áreas de clases (mapas clasificados en clases de susceptibilidad).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="203"/>
        <source>% of the area</source>
        <translation>% del área</translation>
    </message>
    <message>
        <location filename="../plugin/dock_charts.py" line="203"/>
        <source>% of the landslides</source>
        <translation>% de los deslizamientos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="154"/>
        <source>Run store folders</source>
        <translation>Carpetas de registros de ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="157"/>
        <source>Folders read for run records; every run of every folder is listed.</source>
        <translation>Carpetas leídas para las fichas de ejecución; se listan todas las ejecuciones de cada carpeta.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="159"/>
        <source>Add a run store folder</source>
        <translation>Agregar una carpeta de registro de ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="162"/>
        <source>Stop reading the selected run store folder</source>
        <translation>Dejar de leer la carpeta de registro de ejecuciones seleccionada</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="168"/>
        <source>Read the run stores again (they are also watched for changes)</source>
        <translation>Volver a leer los registros de ejecuciones (también se vigilan sus cambios)</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="68"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="69"/>
        <source>Ratio</source>
        <translation>Razón</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="71"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="204"/>
        <source>Group repeats (mean ± sd)</source>
        <translation>Agrupar repeticiones (media ± desv. est.)</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="205"/>
        <source>One row per configuration (algorithm, model, ratio, data, experiment): mean ± sample sd over its repeats</source>
        <translation>Una fila por configuración (algoritmo, modelo, razón, datos, experimento): media ± desviación estándar muestral sobre sus repeticiones</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="212"/>
        <source>Run&apos;s threshold</source>
        <translation>Umbral de la ejecución</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="213"/>
        <source>Best G-mean threshold</source>
        <translation>Mejor umbral G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="214"/>
        <source>Which metrics of the records to compare: at the threshold the run reported (0.5 unless set), or at the threshold that maximises the G-mean</source>
        <translation>Qué métricas de las fichas comparar: en el umbral que reportó la ejecución (0,5 salvo que se indique otro) o en el umbral que maximiza la G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="227"/>
        <source>Rename run…</source>
        <translation>Renombrar ejecución…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="230"/>
        <source>Delete selected runs…</source>
        <translation>Eliminar las ejecuciones seleccionadas…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="233"/>
        <source>Load the outputs of the selected runs</source>
        <translation>Cargar las salidas de las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="236"/>
        <source>Export the table to CSV…</source>
        <translation>Exportar la tabla a CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="255"/>
        <source>Files of the run stores that could not be read, with the reason</source>
        <translation>Archivos de los registros de ejecuciones que no se pudieron leer, con el motivo</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="310"/>
        <source>Save the chart as PNG or SVG…</source>
        <translation>Guardar el gráfico como PNG o SVG…</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="150"/>
        <source>Run store folder</source>
        <translation>Carpeta del registro de ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="164"/>
        <source>{} (project)</source>
        <translation>{} (proyecto)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="166"/>
        <source>Run store of the current project: the algorithms write here unless told otherwise.</source>
        <translation>Registro de ejecuciones del proyecto actual: los algoritmos escriben aquí salvo que se indique otra cosa.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="168"/>
        <source>The folder does not exist yet; it is watched and read once a run creates it.</source>
        <translation>La carpeta aún no existe; se vigila y se leerá en cuanto una ejecución la cree.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="364"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="374"/>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="404"/>
        <source>{} of {} runs shown</source>
        <translation>{} de {} ejecuciones mostradas</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="406"/>
        <source> in {} groups</source>
        <translation> en {} grupos</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="408"/>
        <source>; {} unreadable record(s) listed below</source>
        <translation>; {} ficha(s) ilegible(s) listada(s) abajo</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="410"/>
        <source>No run records yet. Runs of the models, SPY, saturation test and LSNet algorithms appear here.</source>
        <translation>Aún no hay fichas de ejecución. Las ejecuciones de los modelos, SPY, la prueba de saturación y los algoritmos LSNet aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="509"/>
        <source>Chart of the selected rows.</source>
        <translation>Gráfico de las filas seleccionadas.</translation>
    </message>
    <message>
        <location filename="../plugin/metrics_dock.py" line="512"/>
        <source>Chart of all rows shown (select rows to narrow it).</source>
        <translation>Gráfico de todas las filas mostradas (seleccione filas para acotarlo).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="135"/>
        <source>Could not rename the run: {}</source>
        <translation>No se pudo renombrar la ejecución: {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="144"/>
        <source>Rename run</source>
        <translation>Renombrar ejecución</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="144"/>
        <source>New name of the run:</source>
        <translation>Nuevo nombre de la ejecución:</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="109"/>
        <source>… and {} more</source>
        <translation>… y {} más</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="110"/>
        <source>Delete {} run record(s)?

{}

The record files are removed from the run store; the output files of the runs are left on disk.</source>
        <translation>¿Eliminar {} ficha(s) de ejecución?

{}

Los archivos de las fichas se quitan del registro de ejecuciones; los archivos de salida de las ejecuciones se quedan en el disco.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="153"/>
        <source>Delete runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="161"/>
        <source>Could not delete {}: {}</source>
        <translation>No se pudo eliminar {}: {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="168"/>
        <source>Table exported to {}</source>
        <translation>Tabla exportada a {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="172"/>
        <source>Export the runs table</source>
        <translation>Exportar la tabla de ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="201"/>
        <source>Could not write {}: {}</source>
        <translation>No se pudo escribir {}: {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="184"/>
        <source>Charts need matplotlib.</source>
        <translation>Los gráficos requieren matplotlib.</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="188"/>
        <source>Chart saved to {}</source>
        <translation>Gráfico guardado en {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="194"/>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="194"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="97"/>
        <source>{} layer(s) loaded.</source>
        <translation>{} capa(s) cargada(s).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="99"/>
        <source>The selected runs have no output layers (model bundles and reports are not layers).</source>
        <translation>Las ejecuciones seleccionadas no tienen capas de salida (los paquetes de modelo y los informes no son capas).</translation>
    </message>
    <message>
        <location filename="../plugin/dock_actions.py" line="101"/>
        <source>Missing files: {}</source>
        <translation>Archivos faltantes: {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="71"/>
        <source>&apos;{}&apos; is not an object</source>
        <translation>&apos;{}&apos; no es un objeto</translation>
    </message>
    <message>
        <location filename="../plugin/dock_stores.py" line="73"/>
        <source>empty &apos;run_id&apos;</source>
        <translation>&apos;run_id&apos; vacío</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>OA</source>
        <translation>OA</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Specificity</source>
        <translation>Especificidad</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>BA</source>
        <translation>BA</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>G-mean</source>
        <translation>G-mean</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="38"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="65"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="66"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="67"/>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="70"/>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="82"/>
        <source>ratio {}</source>
        <translation>razón {}</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="159"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="162"/>
        <source>{}: higher is better; the best value is marked</source>
        <translation>{}: mayor es mejor; se marca el mejor valor</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="262"/>
        <source>Best value of this column</source>
        <translation>Mejor valor de esta columna</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="265"/>
        <source>Mean ± sample sd over {} runs: {}</source>
        <translation>Media ± desviación estándar muestral sobre {} ejecuciones: {}</translation>
    </message>
    <message>
        <location filename="../plugin/run_table.py" line="274"/>
        <source>{}
{} runs: {}</source>
        <translation>{}
{} ejecuciones: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="88"/>
        <source>Threads used to fit and apply the forests (-1: all cores).</source>
        <translation>Hilos usados para ajustar y aplicar los bosques (-1: todos los núcleos).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="73"/>
        <source>Seeds the splits, the weights, the batches and the augmentation.</source>
        <translation>Inicializa las particiones, los pesos, los lotes y el aumento de datos.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="78"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto: una GPU CUDA si torch ve una; si no, la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="79"/>
        <source>LSM model bundles (*.lsmodel)</source>
        <translation>Paquetes de modelo LSM (*.lsmodel)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="79"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="80"/>
        <source>LSNet bundle</source>
        <translation>Paquete LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="83"/>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="88"/>
        <source>Training curves (PNG)</source>
        <translation>Curvas de entrenamiento (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="93"/>
        <source>Where the run record goes; default &apos;lsm_runs&apos; beside the project or the bundle.</source>
        <translation>Dónde va la ficha de ejecución; por defecto &apos;lsm_runs&apos; junto al proyecto o al paquete.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="98"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="99"/>
        <source>Test ROC-AUC</source>
        <translation>ROC-AUC de prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="100"/>
        <source>Best epoch</source>
        <translation>Mejor época</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="104"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="105"/>
        <source>Continuous factor rasters on one grid (single bands named after the layer, stack bands after their descriptions). lsm:lsnetpredict needs rasters of the same names.</source>
        <translation>Ráster de factores continuos en una misma cuadrícula (bandas únicas nombradas según la capa, bandas de una pila según su descripción). lsm:lsnetpredict necesita ráster con los mismos nombres.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="113"/>
        <source>Samples (points)</source>
        <translation>Muestras (puntos)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="116"/>
        <source>Landslides and non-landslides as points with a 0/1 label field.</source>
        <translation>Deslizamientos y no deslizamientos como puntos con un campo de etiqueta 0/1.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="117"/>
        <source>Label field (1 = landslide, 0 = not)</source>
        <translation>Campo de etiqueta (1 = deslizamiento, 0 = no)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="125"/>
        <source>&apos;label&apos; in lsm:buildsamples output (the default when left empty); &apos;lslpts&apos; in the bundled points_350.gpkg.</source>
        <translation>&apos;label&apos; en la salida de lsm:buildsamples (el valor por defecto si se deja vacío); &apos;lslpts&apos; en el points_350.gpkg incluido.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="133"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Campo de partición (&apos;train&apos; / &apos;test&apos;)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="141"/>
        <source>Field with &apos;train&apos; or &apos;test&apos; (and optionally &apos;validation&apos;) per sample. Empty: the field &apos;split&apos; when the layer has one, else a seeded test share is held out.</source>
        <translation>Campo con &apos;train&apos; o &apos;test&apos; (y opcionalmente &apos;validation&apos;) por muestra. Vacío: el campo &apos;split&apos; si la capa lo tiene; si no, se reserva una proporción de prueba extraída con la semilla.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="149"/>
        <source>Test share (when there is no split field)</source>
        <translation>Proporción de prueba (cuando no hay campo de partición)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="156"/>
        <source>Share of each class kept for testing when the samples have no split field (70/30).</source>
        <translation>Proporción de cada clase reservada para prueba cuando las muestras no tienen campo de partición (70/30).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="157"/>
        <source>Validation share for early stopping</source>
        <translation>Proporción de validación para la parada temprana</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="164"/>
        <source>Share of the training samples held out to choose the best epoch (0: no early stopping).</source>
        <translation>Proporción de las muestras de entrenamiento reservada para elegir la mejor época (0: sin parada temprana).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="172"/>
        <source>Patch size (cells, odd)</source>
        <translation>Tamaño del parche (celdas, impar)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="179"/>
        <source>Side of the square patch around each cell. Zhang et al. 2022 used 224 cells of 30 m; 33 cells (the default) cover about 330 m on 10 m data. Any odd size from 9 up.</source>
        <translation>Lado del parche cuadrado alrededor de cada celda. Zhang et al. 2022 usaron 224 celdas de 30 m; 33 celdas (por defecto) cubren unos 330 m con datos de 10 m. Cualquier tamaño impar desde 9.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="187"/>
        <source>Network width (feature maps of the first block)</source>
        <translation>Ancho de la red (mapas de características del primer bloque)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="194"/>
        <source>64 is the paper&apos;s network (64-128-128-256-256 feature maps, 1024-256-128 dense units); every layer scales with it. Smaller widths train and map faster on small data.</source>
        <translation>64 es la red del artículo (mapas de características 64-128-128-256-256, unidades densas 1024-256-128); todas las capas escalan con él. Anchos menores entrenan y generan mapas más rápido con datos pequeños.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="202"/>
        <source>Maximum epochs</source>
        <translation>Número máximo de épocas</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="203"/>
        <source>Most passes over the training samples; early stopping usually ends training sooner.</source>
        <translation>Número máximo de pasadas sobre las muestras de entrenamiento; la parada temprana suele terminar antes el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="206"/>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="207"/>
        <source>Patches per optimisation step (32 by default); larger batches need more memory.</source>
        <translation>Parches por paso de optimización (32 por defecto); los lotes más grandes necesitan más memoria.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="208"/>
        <source>Learning rate (Adam)</source>
        <translation>Tasa de aprendizaje (Adam)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="209"/>
        <source>1e-4 in Zhang et al. 2022.</source>
        <translation>1e-4 en Zhang et al. 2022.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="210"/>
        <source>Early stopping patience (epochs)</source>
        <translation>Paciencia de la parada temprana (épocas)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="213"/>
        <source>Training stops after this many epochs without a better validation AUC.</source>
        <translation>El entrenamiento se detiene tras este número de épocas sin un AUC de validación mejor.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="214"/>
        <source>Augment by flips and 90-degree rotations</source>
        <translation>Aumentar con volteos y rotaciones de 90 grados</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="215"/>
        <source>Each training patch is turned by one of the 8 flips/rotations at random. Turn it off for direction-dependent factors such as aspect or northness.</source>
        <translation>Cada parche de entrenamiento se transforma con uno de los 8 volteos/rotaciones al azar. Desactívelo para factores que dependen de la dirección, como la orientación o la componente norte.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>Class balancing</source>
        <translation>Balanceo de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>Class weights (inverse frequency)</source>
        <translation>Pesos de clase (frecuencia inversa)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>Balanced sampling</source>
        <translation>Muestreo balanceado</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="223"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="229"/>
        <source>Class weights: the loss of each class weighted by its inverse frequency. Balanced sampling: batches drawn with both classes equally likely. None: neither.</source>
        <translation>Pesos de clase: la pérdida de cada clase ponderada por su frecuencia inversa. Muestreo balanceado: lotes extraídos con ambas clases igual de probables. Ninguno: ni lo uno ni lo otro.</translation>
    </message>
    <message>
        <location filename="../core/charts.py" line="283"/>
        <source>ROC (AUC = {:.3f})</source>
        <translation>ROC (AUC = {:.3f})</translation>
    </message>
    <message>
        <location filename="../core/charts.py" line="289"/>
        <source>PR (AP = {:.3f})</source>
        <translation>PR (AP = {:.3f})</translation>
    </message>
</context>
<context>
    <name>BuildSamplesAlgorithm</name>
    <message>
        <location filename="../algorithms/buildsamples.py" line="68"/>
        <source>Conditioning factors</source>
        <translation>Factores condicionantes</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="71"/>
        <source>Single-band rasters (named after the layer) and/or multi-band stacks (one factor per band, named after the band description).</source>
        <translation>Ráster de una banda (nombrados según la capa) y/o pilas multibanda (un factor por banda, nombrado según la descripción de la banda).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="78"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="81"/>
        <source>Names of the factors holding class codes (lithology, land cover, geological age).</source>
        <translation>Nombres de los factores que contienen códigos de clase (litología, cobertura del suelo, edad geológica).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="85"/>
        <source>Landslide inventory</source>
        <translation>Inventario de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="90"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation>Puntos o polígonos de deslizamientos (cualquier SRC; se transforman al SRC de los ráster).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Landslide cells of polygons</source>
        <translation>Celdas de deslizamiento de los polígonos</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Centroid</source>
        <translation>Centroide</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Highest cell on the DEM (main scarp)</source>
        <translation>Celda más alta en el MDE (escarpe principal)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="92"/>
        <source>Every cell</source>
        <translation>Todas las celdas</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="98"/>
        <source>How a polygon gives positive cells; ignored for points.</source>
        <translation>Cómo un polígono da celdas positivas; se ignora para los puntos.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="100"/>
        <source>DEM (for the highest-cell mode)</source>
        <translation>MDE (para el modo de celda más alta)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="103"/>
        <source>Elevation on the factors&apos; grid; can be one of the factor rasters.</source>
        <translation>Elevación en la cuadrícula de los factores; puede ser uno de los ráster de factores.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="105"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="108"/>
        <source>Only cells inside these polygons are used (default: every valid cell).</source>
        <translation>Solo se usan las celdas dentro de estos polígonos (por defecto: todas las celdas válidas).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="110"/>
        <source>Number of unlabeled cells (0: use the ratio)</source>
        <translation>Número de celdas no etiquetadas (0: usar la razón)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="117"/>
        <source>Total number of unlabeled cells over train and test; 0 uses the ratio below.</source>
        <translation>Número total de celdas no etiquetadas entre entrenamiento y prueba; 0 usa la razón de abajo.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="119"/>
        <source>Unlabeled cells per landslide</source>
        <translation>Celdas no etiquetadas por deslizamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="126"/>
        <source>Default 1 (a balanced sample).</source>
        <translation>1 por defecto (una muestra balanceada).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="128"/>
        <source>Exclusion buffer around landslides (map units)</source>
        <translation>Búfer de exclusión alrededor de los deslizamientos (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="135"/>
        <source>No unlabeled cell is drawn within this distance of a landslide cell (in the rasters&apos; CRS units). Landslide cells themselves are always excluded.</source>
        <translation>No se extrae ninguna celda no etiquetada a menos de esta distancia de una celda de deslizamiento (en unidades del SRC de los ráster). Las propias celdas de deslizamiento siempre se excluyen.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="142"/>
        <source>Train fraction</source>
        <translation>Fracción de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="150"/>
        <source>Share of the landslides used for training (default 0.7, the usual 70/30 split).</source>
        <translation>Proporción de los deslizamientos usada para el entrenamiento (0,7 por defecto, la partición habitual 70/30).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="152"/>
        <source>Train/test split</source>
        <translation>Partición entrenamiento/prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="152"/>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="152"/>
        <source>Spatial blocks</source>
        <translation>Bloques espaciales</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="158"/>
        <source>Random: landslides split at random. Spatial blocks: square blocks of the size below go whole to train or test, and so do their unlabeled cells.</source>
        <translation>Aleatoria: los deslizamientos se reparten al azar. Bloques espaciales: bloques cuadrados del tamaño de abajo van enteros a entrenamiento o a prueba, al igual que sus celdas no etiquetadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="164"/>
        <source>Block size of the spatial split (map units)</source>
        <translation>Tamaño de bloque de la partición espacial (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="171"/>
        <source>Side of the square blocks of the spatial split, in the rasters&apos; CRS units (default 1000).</source>
        <translation>Lado de los bloques cuadrados de la partición espacial, en unidades del SRC de los ráster (1000 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="177"/>
        <source>The same seed and inputs give the same samples.</source>
        <translation>La misma semilla y las mismas entradas dan las mismas muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="180"/>
        <source>Reference grid to align to</source>
        <translation>Cuadrícula de referencia para alinear</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="183"/>
        <source>When the factors are not on one grid, they are resampled onto this raster&apos;s grid.</source>
        <translation>Si los factores no están en una misma cuadrícula, se remuestrean en la cuadrícula de este ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="187"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="188"/>
        <source>Points at cell centres (the factors&apos; CRS) with label, split, one field per factor, row and col.</source>
        <translation>Puntos en los centros de las celdas (SRC de los factores) con label, split, un campo por factor, row y col.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="194"/>
        <source>Train landslides</source>
        <translation>Deslizamientos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="195"/>
        <source>Test landslides</source>
        <translation>Deslizamientos de prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="196"/>
        <source>Train unlabeled</source>
        <translation>No etiquetados de entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="197"/>
        <source>Test unlabeled</source>
        <translation>No etiquetados de prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="198"/>
        <source>Factor fields (comma separated)</source>
        <translation>Campos de factores (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="201"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="206"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation>Elija al menos un ráster de factor condicionante.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="211"/>
        <source>Factor name(s) {} clash with the sample layer&apos;s own fields ({}): rename the layer(s).</source>
        <translation>El/los nombre(s) de factor {} chocan con los campos propios de la capa de muestras ({}): cambie el nombre de la(s) capa(s).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="218"/>
        <source>The landslide inventory could not be opened.</source>
        <translation>No se pudo abrir el inventario de deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="229"/>
        <source>Factors ({}): {} on a {} x {} grid</source>
        <translation>Factores ({}): {} en una cuadrícula de {} x {}</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="282"/>
        <source>The highest-cell mode needs a DEM: choose the DEM parameter (e.g. the elevation factor).</source>
        <translation>El modo de celda más alta requiere un MDE: elija el parámetro MDE (p. ej., el factor de elevación).</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="290"/>
        <source>The DEM &apos;{}&apos; is not on the factors&apos; grid ({}): resample it first.</source>
        <translation>El MDE &apos;{}&apos; no está en la cuadrícula de los factores ({}): remuestréelo primero.</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="237"/>
        <source>study area</source>
        <translation>área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/buildsamples.py" line="256"/>
        <source>Samples: {}</source>
        <translation>Muestras: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="41"/>
        <source>Build samples from an inventory</source>
        <translation>Construir muestras a partir de un inventario</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="42"/>
        <source>Builds the sample layer of a study from a landslide inventory and the factor rasters: points at cell centres with `label` (1 landslide, 0 unlabeled), `split` (train/test), one field per factor, `row` and `col`.

PU testing method (Fu et al. 2024): landslides are split into train and test first (at random or by spatial blocks); unlabeled cells are drawn from two disjoint pools, away from landslides and an optional buffer. Polygons give their centroid cell, their highest cell on a DEM, or every cell.

Factors must share one grid, or be aligned to a reference raster. At least 10 landslides must remain.</source>
        <translation>Construye la capa de muestras de un estudio a partir de un inventario de deslizamientos y de los ráster de factores: puntos en los centros de las celdas con `label` (1 deslizamiento, 0 no etiquetado), `split` (train/test), un campo por factor, `row` y `col`.

Método de prueba PU (Fu et al. 2024): primero los deslizamientos se reparten entre entrenamiento y prueba (al azar o por bloques espaciales); las celdas no etiquetadas se extraen de dos conjuntos disjuntos, lejos de los deslizamientos y de un búfer opcional. Los polígonos dan la celda de su centroide, su celda más alta en un MDE, o todas sus celdas.

Los factores deben compartir una misma cuadrícula, o alinearse a un ráster de referencia. Deben quedar al menos 10 deslizamientos.</translation>
    </message>
</context>
<context>
    <name>CrossValidateAlgorithm</name>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="101"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="108"/>
        <source>Label field (1 landslide, 0 unlabeled)</source>
        <translation>Campo de etiqueta (1 deslizamiento, 0 no etiquetado)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="119"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="128"/>
        <source>Negatives per landslide in each fold (0 = all)</source>
        <translation>Negativos por deslizamiento en cada pliegue (0 = todos)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="139"/>
        <source>Model parameters (name=value; ...)</source>
        <translation>Parámetros del modelo (nombre=valor; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="152"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="161"/>
        <source>Folds</source>
        <translation>Pliegues</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="169"/>
        <source>Number of folds (k)</source>
        <translation>Número de pliegues (k)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="180"/>
        <source>Block size (map units)</source>
        <translation>Tamaño de bloque (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="190"/>
        <source>Group field (leave one group out)</source>
        <translation>Campo de grupo (dejar un grupo fuera)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="201"/>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="215"/>
        <source>Per-fold metrics</source>
        <translation>Métricas por pliegue</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="220"/>
        <source>Metrics summary (mean, sd, 95 % interval)</source>
        <translation>Resumen de métricas (media, desv. est., intervalo del 95 %)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="227"/>
        <source>Out-of-fold scores</source>
        <translation>Puntajes fuera del pliegue</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="232"/>
        <source>ROC and PR curves of the folds (PNG)</source>
        <translation>Curvas ROC y PR de los pliegues (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="232"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="240"/>
        <source>Mean ROC-AUC over the folds</source>
        <translation>ROC-AUC medio sobre los pliegues</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="241"/>
        <source>Mean PR-AUC over the folds</source>
        <translation>PR-AUC medio sobre los pliegues</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="242"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="243"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="251"/>
        <source>The samples layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="267"/>
        <source>Cross-validating {} on &apos;{}&apos;: {} landslides, {} unlabeled; {} folds ({}) x {} repeat(s), 1:{}.</source>
        <translation>Validación cruzada de {} en &apos;{}&apos;: {} deslizamientos, {} no etiquetados; {} pliegues ({}) x {} repetición(es), 1:{}.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="267"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="319"/>
        <source>Choose the factor fields of layer &apos;{}&apos;.</source>
        <translation>Elija los campos de factores de la capa &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="321"/>
        <source>The label field &apos;{}&apos; is also chosen as a factor.</source>
        <translation>El campo de etiqueta &apos;{}&apos; también está elegido como factor.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="325"/>
        <source>Leave one group out needs a group field: choose it (event, region or year).</source>
        <translation>Dejar un grupo fuera requiere un campo de grupo: elíjalo (evento, región o año).</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="342"/>
        <source>{} over the folds: {} (sd {:.3f}; {}).</source>
        <translation>{} sobre los pliegues: {} (desv. est. {:.3f}; {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="352"/>
        <source>Test set of every fold: &apos;random&apos; (the fold&apos;s landslides against its unlabeled samples); the threshold metrics are at 0.5.</source>
        <translation>Conjunto de prueba de cada pliegue: &apos;random&apos; (los deslizamientos del pliegue contra sus muestras no etiquetadas); las métricas con umbral se calculan en 0,5.</translation>
    </message>
    <message>
        <location filename="../algorithms/crossvalidate.py" line="412"/>
        <source>Cannot write the out-of-fold layer: {}</source>
        <translation>No se puede escribir la capa fuera del pliegue: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="43"/>
        <source>Cross-validate model</source>
        <translation>Validación cruzada de un modelo</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="44"/>
        <source>Out-of-fold assessment of any model type of lsm:trainmodel on a sample layer (landslides 1, unlabeled 0): stratified k-fold, spatial blocks, k-means clusters of the coordinates or leave one group (event, region, year) out, optionally repeated. Each fold&apos;s model trains on negatives drawn from that fold&apos;s training unlabeled samples only, and is tested on the fold&apos;s landslides against its unlabeled samples (test set &apos;random&apos;).

Outputs: per-fold metrics, their mean, sd and 95 % interval, the out-of-fold score of every sample as a layer, a ROC / PR figure of the folds and a run record (the dock shows the spread).</source>
        <translation>Evaluación fuera del pliegue de cualquier tipo de modelo de lsm:trainmodel en una capa de muestras (deslizamientos 1, no etiquetados 0): k pliegues estratificados, bloques espaciales, grupos k-means de las coordenadas o dejar un grupo (evento, región, año) fuera, opcionalmente repetida. El modelo de cada pliegue se entrena con negativos extraídos solo de las muestras no etiquetadas de entrenamiento de ese pliegue, y se prueba con los deslizamientos del pliegue contra sus muestras no etiquetadas (conjunto de prueba &apos;random&apos;).

Salidas: métricas por pliegue, su media, desviación estándar e intervalo del 95 %, el puntaje fuera del pliegue de cada muestra como capa, una figura ROC / PR de los pliegues y una ficha de ejecución (el panel muestra la dispersión).</translation>
    </message>
</context>
<context>
    <name>EvaluateModelAlgorithm</name>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="81"/>
        <source>Model bundle</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="87"/>
        <source>A model bundle; the samples need a field per factor of the bundle. Trusted files only.</source>
        <translation>Un paquete de modelo; las muestras necesitan un campo por cada factor del paquete. Solo archivos de confianza.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="91"/>
        <source>Susceptibility raster</source>
        <translation>Ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="92"/>
        <source>Instead of a bundle: a susceptibility raster (e.g. lsm:predictraster&apos;s output).</source>
        <translation>En lugar de un paquete: un ráster de susceptibilidad (p. ej., la salida de lsm:predictraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="94"/>
        <source>Raster band</source>
        <translation>Banda del ráster</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="99"/>
        <source>Threshold (landslide when score &gt;= threshold)</source>
        <translation>Umbral (deslizamiento si puntaje &gt;= umbral)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="109"/>
        <source>Run name (for the run record)</source>
        <translation>Nombre de la ejecución (para la ficha de ejecución)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="115"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="120"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="125"/>
        <source>ROC curve</source>
        <translation>Curva ROC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="130"/>
        <source>Precision-recall curve</source>
        <translation>Curva precisión-exhaustividad</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="135"/>
        <source>ROC and PR curves (PNG)</source>
        <translation>Curvas ROC y PR (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="135"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="143"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="144"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="145"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="146"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="147"/>
        <source>Balanced accuracy at the threshold</source>
        <translation>Exactitud balanceada en el umbral</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="148"/>
        <source>G-mean-best threshold</source>
        <translation>Umbral óptimo según la G-mean</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="161"/>
        <source>Give either a model bundle or a susceptibility raster (one of the two).</source>
        <translation>Indique un paquete de modelo o un ráster de susceptibilidad (uno de los dos).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="209"/>
        <source>{} on {} test landslides and {} negatives of &apos;{}&apos;:</source>
        <translation>{} en {} deslizamientos de prueba y {} negativos de &apos;{}&apos;:</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="220"/>
        <source>(columns: threshold {:.3f}, G-mean-best threshold {:.3f})</source>
        <translation>(columnas: umbral {:.3f}, umbral óptimo G-mean {:.3f})</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="251"/>
        <source>Using the {} &apos;test&apos; rows of the split field.</source>
        <translation>Se usan las {} filas &apos;test&apos; del campo de partición.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="260"/>
        <source>Model bundle &apos;{}&apos; is a &apos;{}&apos; model, which needs its factor rasters: map it (lsm:lsnetpredict) and evaluate the map with the raster input.</source>
        <translation>El paquete de modelo &apos;{}&apos; es un modelo &apos;{}&apos;, que necesita sus ráster de factores: genere su mapa (lsm:lsnetpredict) y evalúe el mapa con la entrada ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="303"/>
        <source>The samples layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="274"/>
        <source>The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). Evaluate with samples that carry the bundle&apos;s factors ({}).</source>
        <translation>El paquete de modelo necesita el/los campo(s) de factor {} que faltan en la capa de muestras (sus campos: {}). Evalúe con muestras que tengan los factores del paquete ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="287"/>
        <source>Model {}</source>
        <translation>Modelo {}</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="296"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation>La banda {} no existe en &apos;{}&apos; ({} banda(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="318"/>
        <source>{} test point(s) fall outside raster &apos;{}&apos; and {} on nodata: left out.</source>
        <translation>{} punto(s) de prueba caen fuera del ráster &apos;{}&apos; y {} sobre nodata: se omiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="324"/>
        <source>No test point of &apos;{}&apos; falls on a value of raster &apos;{}&apos;: check that they cover the same area.</source>
        <translation>Ningún punto de prueba de &apos;{}&apos; cae sobre un valor del ráster &apos;{}&apos;: verifique que cubran la misma zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="330"/>
        <source>Raster {}</source>
        <translation>Ráster {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="45"/>
        <source>Evaluate susceptibility model</source>
        <translation>Evaluar modelo de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="97"/>
        <source>Band of the susceptibility raster holding the scores (default 1).</source>
        <translation>Banda del ráster de susceptibilidad que contiene los puntajes (1 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="105"/>
        <source>Scores at or above it count as landslide for the threshold metrics (default 0.5).</source>
        <translation>Los puntajes iguales o superiores cuentan como deslizamiento para las métricas con umbral (0,5 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="112"/>
        <source>Name of the run in the metrics dock; empty: the model type and the run id.</source>
        <translation>Nombre de la ejecución en el panel de métricas; vacío: el tipo de modelo y el id. de ejecución.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluatemodel.py" line="116"/>
        <source>Write the metrics and curves as a run record into the run store for the metrics dock.</source>
        <translation>Escribir las métricas y las curvas como ficha de ejecución en el registro de ejecuciones para el panel de métricas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="46"/>
        <source>Evaluates a model on test samples: a model bundle applied to the samples&apos; factor fields (named as the bundle&apos;s factors), or a susceptibility raster sampled at the test points. Only the &apos;test&apos; rows of the split field are used when there is one.

Metrics: overall accuracy, precision, sensitivity, specificity, balanced accuracy, G-mean, F1 and kappa at the threshold and at the G-mean-best threshold (optimistic: chosen on the test set), ROC-AUC and PR-AUC. Outputs: the metrics table, ROC and PR curve tables, a PNG of both curves and a run record for the metrics dock.

Bundles hold pickled Python objects: open only bundles from sources you trust.</source>
        <translation>Evalúa un modelo en muestras de prueba: un paquete de modelo aplicado a los campos de factores de las muestras (nombrados como los factores del paquete), o un ráster de susceptibilidad muestreado en los puntos de prueba. Si hay un campo de partición, solo se usan sus filas &apos;test&apos;.

Métricas: exactitud global, precisión, sensibilidad, especificidad, exactitud balanceada, G-mean, F1 y kappa en el umbral y en el umbral óptimo G-mean (optimista: elegido en el conjunto de prueba), ROC-AUC y PR-AUC. Salidas: la tabla de métricas, las tablas de las curvas ROC y PR, un PNG de ambas curvas y una ficha de ejecución para el panel de métricas.

Los paquetes contienen objetos Python serializados (pickle): abra solo paquetes de fuentes de confianza.</translation>
    </message>
</context>
<context>
    <name>FactorScreeningAlgorithm</name>
    <message>
        <location filename="../algorithms/factorscreening.py" line="70"/>
        <source>Sample layer</source>
        <translation>Capa de muestras</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="73"/>
        <source>Samples with factor fields and a label (e.g. from lsm:buildsamples).</source>
        <translation>Muestras con campos de factores y una etiqueta (p. ej., de lsm:buildsamples).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="75"/>
        <source>Factor fields</source>
        <translation>Campos de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="83"/>
        <source>Default: every numeric field but label, row, col, prior and fid.</source>
        <translation>Por defecto: todos los campos numéricos excepto label, row, col, prior y fid.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="85"/>
        <source>Label field (1 landslide, 0 other)</source>
        <translation>Campo de etiqueta (1 deslizamiento, 0 otro)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="92"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;).</source>
        <translation>Campo con 1 para los deslizamientos y 0 para las demás muestras (&apos;label&apos; por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="94"/>
        <source>Use only the training samples (split = &apos;train&apos;)</source>
        <translation>Usar solo las muestras de entrenamiento (split = &apos;train&apos;)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="97"/>
        <source>Keeps the test samples out of the screening; ignored when the layer has no &apos;split&apos; field.</source>
        <translation>Mantiene las muestras de prueba fuera del cribado; se ignora si la capa no tiene campo &apos;split&apos;.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="103"/>
        <source>Factor rasters (instead of samples)</source>
        <translation>Ráster de factores (en lugar de muestras)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="109"/>
        <source>VIF and correlation over all valid cells, streamed block by block.</source>
        <translation>VIF y correlación sobre todas las celdas válidas, procesadas bloque por bloque.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="111"/>
        <source>Mask (study area) for the rasters</source>
        <translation>Máscara (área de estudio) para los ráster</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="117"/>
        <source>Only cells inside these polygons count in raster mode.</source>
        <translation>En modo ráster solo cuentan las celdas dentro de estos polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="119"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="122"/>
        <source>Factors holding class codes: one-hot blocks with a generalised VIF.</source>
        <translation>Factores que contienen códigos de clase: bloques one-hot con un VIF generalizado.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="124"/>
        <source>VIF threshold</source>
        <translation>Umbral de VIF</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="131"/>
        <source>Factors are removed while their VIF exceeds it (10: Zhang et al. 2022, Fan et al. 2025).</source>
        <translation>Los factores se eliminan mientras su VIF lo supere (10: Zhang et al. 2022, Fan et al. 2025).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="137"/>
        <source>|Pearson r| threshold</source>
        <translation>Umbral de |r de Pearson|</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="145"/>
        <source>Pairs above it lose the member with the higher VIF (0.6: Zhang et al. 2022).</source>
        <translation>Los pares que lo superan pierden el miembro con el VIF más alto (0,6: Zhang et al. 2022).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="147"/>
        <source>Random-forest trees (Gini importance)</source>
        <translation>Árboles del bosque aleatorio (importancia de Gini)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="154"/>
        <source>Trees of the random forest whose mean decrease in impurity ranks the factors (default 200).</source>
        <translation>Árboles del bosque aleatorio cuya disminución media de impureza ordena los factores (200 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="160"/>
        <source>Classes for the information gain</source>
        <translation>Clases para la ganancia de información</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="168"/>
        <source>Jenks natural-breaks classes of each continuous factor.</source>
        <translation>Clases por cortes naturales de Jenks de cada factor continuo.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="170"/>
        <source>Seed of the random forest.</source>
        <translation>Semilla del bosque aleatorio.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="171"/>
        <source>Factor screening table</source>
        <translation>Tabla de cribado de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="174"/>
        <source>One row per factor: VIF, TOL, GVIF, max |r| and partner, Gini, information gain, kept/removed and why.</source>
        <translation>Una fila por factor: VIF, TOL, GVIF, |r| máx. y su pareja, Gini, ganancia de información, conservado/eliminado y por qué.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="180"/>
        <source>Correlation matrix</source>
        <translation>Matriz de correlación</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="183"/>
        <source>The factor correlation matrix, one row per factor.</source>
        <translation>La matriz de correlación de los factores, una fila por factor.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="185"/>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="185"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="188"/>
        <source>Self-contained HTML with the table, the elimination order and the charts.</source>
        <translation>HTML autónomo con la tabla, el orden de eliminación y los gráficos.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="190"/>
        <source>Kept factors (comma separated)</source>
        <translation>Factores conservados (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="191"/>
        <source>Removed factors (comma separated)</source>
        <translation>Factores eliminados (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="210"/>
        <source>Layer &apos;{}&apos; has no label field &apos;{}&apos; (its fields: {}).</source>
        <translation>La capa &apos;{}&apos; no tiene el campo de etiqueta &apos;{}&apos; (sus campos: {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="221"/>
        <source>Using the {} training samples of &apos;{}&apos;.</source>
        <translation>Se usan las {} muestras de entrenamiento de &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="226"/>
        <source>Layer &apos;{}&apos; has no usable (labelled) sample.</source>
        <translation>La capa &apos;{}&apos; no tiene ninguna muestra utilizable (etiquetada).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="233"/>
        <source>Gini importance left out: {}</source>
        <translation>Importancia de Gini omitida: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="283"/>
        <source>mask</source>
        <translation>máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="291"/>
        <source>No sample layer given: importance (Gini, information gain) is left out.</source>
        <translation>No se indicó capa de muestras: se omite la importancia (Gini, ganancia de información).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="312"/>
        <source>Give a sample layer (with its factor fields) or factor rasters to screen.</source>
        <translation>Indique una capa de muestras (con sus campos de factores) o ráster de factores para cribar.</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="318"/>
        <source>Categorical factor(s) {} are not among the factor fields ({}).</source>
        <translation>El/los factor(es) categórico(s) {} no están entre los campos de factores ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="348"/>
        <source>Factor screening</source>
        <translation>Cribado de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/factorscreening.py" line="271"/>
        <source>Kept factors: {}</source>
        <translation>Factores conservados: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="47"/>
        <source>Factor screening (VIF, correlation, importance)</source>
        <translation>Cribado de factores (VIF, correlación, importancia)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="48"/>
        <source>Screens conditioning factors for multicollinearity and ranks them before any model is trained: exact VIF and TOL of every factor (GVIF^(1/df) for categorical ones), the Pearson correlation matrix, and iterative elimination (highest VIF above the threshold first, then the more collinear member of each pair with |r| above the threshold).

With labelled samples: random-forest Gini importance and information gain. Input: a sample layer and its factor fields (training samples by default), or factor rasters (optionally within a mask).

Outputs: the factor table, the correlation matrix, the kept factors (comma separated) and an HTML report with charts.</source>
        <translation>Criba los factores condicionantes por multicolinealidad y los ordena antes de entrenar cualquier modelo: VIF y TOL exactos de cada factor (GVIF^(1/df) para los categóricos), la matriz de correlación de Pearson y una eliminación iterativa (primero el VIF más alto por encima del umbral, luego el miembro más colineal de cada par con |r| por encima del umbral).

Con muestras etiquetadas: importancia de Gini de un bosque aleatorio y ganancia de información. Entrada: una capa de muestras y sus campos de factores (muestras de entrenamiento por defecto), o ráster de factores (opcionalmente dentro de una máscara).

Salidas: la tabla de factores, la matriz de correlación, los factores conservados (separados por comas) y un informe HTML con gráficos.</translation>
    </message>
</context>
<context>
    <name>FrequencyRatioAlgorithm</name>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="54"/>
        <source>Conditioning factors</source>
        <translation>Factores condicionantes</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="57"/>
        <source>Single-band rasters and/or multi-band stacks on one grid.</source>
        <translation>Ráster de una banda y/o pilas multibanda en una misma cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="59"/>
        <source>Categorical factors (comma separated)</source>
        <translation>Factores categóricos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="62"/>
        <source>Classed by value (lithology, land cover, ...).</source>
        <translation>Clasificados por valor (litología, cobertura del suelo, ...).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="64"/>
        <source>Landslide inventory</source>
        <translation>Inventario de deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="69"/>
        <source>Landslide points or polygons (any CRS; transformed to the rasters&apos; CRS).</source>
        <translation>Puntos o polígonos de deslizamientos (cualquier SRC; se transforman al SRC de los ráster).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="71"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="74"/>
        <source>Only cells inside these polygons count (default: every valid cell).</source>
        <translation>Solo cuentan las celdas dentro de estos polígonos (por defecto: todas las celdas válidas).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="76"/>
        <source>Classes of continuous factors</source>
        <translation>Clases de los factores continuos</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="76"/>
        <source>Jenks natural breaks (exact)</source>
        <translation>Cortes naturales de Jenks (exactos)</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="76"/>
        <source>Equal interval</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="76"/>
        <source>Quantile</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="82"/>
        <source>Jenks natural breaks (exact, over all cells), equal intervals or quantiles.</source>
        <translation>Cortes naturales de Jenks (exactos, sobre todas las celdas), intervalos iguales o cuantiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="84"/>
        <source>Number of classes</source>
        <translation>Número de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="92"/>
        <source>Classes per continuous factor (default 5).</source>
        <translation>Clases por factor continuo (5 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="94"/>
        <source>Frequency ratio table</source>
        <translation>Tabla de razón de frecuencia</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="97"/>
        <source>One row per factor class: range, cells, % area, landslide cells, % landslides, FR.</source>
        <translation>Una fila por clase de factor: rango, celdas, % del área, celdas de deslizamiento, % de deslizamientos, FR.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="101"/>
        <source>Folder for FR rasters</source>
        <translation>Carpeta de los ráster FR</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="104"/>
        <source>One &apos;&lt;factor&gt;_fr.tif&apos; per factor, each cell holding the FR of its class.</source>
        <translation>Un &apos;&lt;factor&gt;_fr.tif&apos; por factor; cada celda contiene el FR de su clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="106"/>
        <source>FR rasters</source>
        <translation>Ráster FR</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="111"/>
        <source>Choose at least one conditioning factor raster.</source>
        <translation>Elija al menos un ráster de factor condicionante.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="119"/>
        <source>The landslide inventory could not be opened.</source>
        <translation>No se pudo abrir el inventario de deslizamientos.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="174"/>
        <source>{} landslide cell(s) outside the factor rasters were dropped.</source>
        <translation>{} celda(s) de deslizamiento fuera de los ráster de factores se descartaron.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="178"/>
        <source>No landslide of &apos;{}&apos; lies on the factor rasters: check that they overlap (and the CRS).</source>
        <translation>Ningún deslizamiento de &apos;{}&apos; está sobre los ráster de factores: verifique que se superpongan (y el SRC).</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="185"/>
        <source>Only {} landslide cell(s) of &apos;{}&apos; lie on the factor rasters: at least {} are needed.</source>
        <translation>Solo {} celda(s) de deslizamiento de &apos;{}&apos; están sobre los ráster de factores: se necesitan al menos {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="128"/>
        <source>study area</source>
        <translation>área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="137"/>
        <source>Only {} landslide cell(s) fall on valid factor cells (at least {} are needed): check the inventory&apos;s overlap with the rasters and the study area.</source>
        <translation>Solo {} celda(s) de deslizamiento caen sobre celdas de factores válidas (se necesitan al menos {}): verifique la superposición del inventario con los ráster y el área de estudio.</translation>
    </message>
    <message>
        <location filename="../algorithms/frequencyratio.py" line="201"/>
        <source>The FR raster &apos;{}&apos; would overwrite an input: choose another folder.</source>
        <translation>El ráster FR &apos;{}&apos; sobrescribiría una entrada: elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="49"/>
        <source>Frequency ratio of factor classes</source>
        <translation>Razón de frecuencia de las clases de factores</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="50"/>
        <source>Frequency ratio (FR) of every class of every conditioning factor (Zhang et al. 2022): FR = (% of the landslide cells in the class) / (% of the area in the class); FR &gt; 1 marks classes with more landslides than their share of the area.

Continuous factors are classed by exact Jenks breaks (default), equal intervals or quantiles; categorical ones by value. Outputs: the FR table and, with an output folder, one FR raster per factor (&apos;&lt;factor&gt;_fr.tif&apos;) usable as model input.</source>
        <translation>Razón de frecuencia (FR) de cada clase de cada factor condicionante (Zhang et al. 2022): FR = (% de las celdas de deslizamiento en la clase) / (% del área en la clase); FR &gt; 1 señala las clases con más deslizamientos que su proporción del área.

Los factores continuos se clasifican por cortes de Jenks exactos (por defecto), intervalos iguales o cuantiles; los categóricos por valor. Salidas: la tabla FR y, con una carpeta de salida, un ráster FR por factor (&apos;&lt;factor&gt;_fr.tif&apos;) utilizable como entrada de modelos.</translation>
    </message>
</context>
<context>
    <name>JenksClassifyAlgorithm</name>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="70"/>
        <source>Susceptibility raster</source>
        <translation>Ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="71"/>
        <source>The susceptibility index (e.g. the output of lsm:predictraster).</source>
        <translation>El índice de susceptibilidad (p. ej., la salida de lsm:predictraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="73"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="76"/>
        <source>Number of classes</source>
        <translation>Número de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="84"/>
        <source>5 in the literature (Very low ... Very high). Ignored for user-given breaks.</source>
        <translation>5 en la literatura (Muy baja ... Muy alta). Se ignora con cortes dados por el usuario.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>Jenks natural breaks (exact)</source>
        <translation>Cortes naturales de Jenks (exactos)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>Equal interval</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>Quantile</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="86"/>
        <source>User-given breaks</source>
        <translation>Cortes dados por el usuario</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="104"/>
        <source>User-given breaks (comma separated)</source>
        <translation>Cortes dados por el usuario (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="107"/>
        <source>Inner break values, e.g. 0.2,0.4,0.6,0.8, for the user-given method.</source>
        <translation>Valores de corte interiores, p. ej., 0.2,0.4,0.6,0.8, para el método de cortes dados por el usuario.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="109"/>
        <source>Class labels (comma separated)</source>
        <translation>Etiquetas de las clases (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="112"/>
        <source>Default: Very low, Low, Moderate, High, Very high for 5 classes, else Class 1..k.</source>
        <translation>Por defecto: Muy baja, Baja, Moderada, Alta, Muy alta para 5 clases; si no, Clase 1..k.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="116"/>
        <source>Landslide inventory (optional)</source>
        <translation>Inventario de deslizamientos (opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="122"/>
        <source>Points or polygons; adds % of landslides and the frequency ratio per class.</source>
        <translation>Puntos o polígonos; agrega el % de deslizamientos y la razón de frecuencia por clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="124"/>
        <source>Classed susceptibility</source>
        <translation>Susceptibilidad clasificada</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="127"/>
        <source>Class table</source>
        <translation>Tabla de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="135"/>
        <source>Class table (CSV)</source>
        <translation>Tabla de clases (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="135"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="171"/>
        <source>Class edges (comma separated)</source>
        <translation>Límites de las clases (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="172"/>
        <source>Goodness of variance fit</source>
        <translation>Bondad de ajuste de la varianza</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="178"/>
        <source>Give the break values (comma separated) for user-given breaks.</source>
        <translation>Indique los valores de corte (separados por comas) para los cortes dados por el usuario.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="185"/>
        <source>User-given breaks must be numbers separated by commas, got &apos;{}&apos;.</source>
        <translation>Los cortes dados por el usuario deben ser números separados por comas; se recibió &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="192"/>
        <source>The susceptibility raster could not be opened.</source>
        <translation>No se pudo abrir el ráster de susceptibilidad.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="195"/>
        <source>Band {} does not exist in &apos;{}&apos; ({} band(s)).</source>
        <translation>La banda {} no existe en &apos;{}&apos; ({} banda(s)).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="212"/>
        <source>{} labels were given for {} classes: give one label per class.</source>
        <translation>Se dieron {} etiquetas para {} clases: indique una etiqueta por clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="224"/>
        <source>Breaks ({}): {}</source>
        <translation>Cortes ({}): {}</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="227"/>
        <source>Goodness of variance fit: {:.6f} over {} valid pixels ({})</source>
        <translation>Bondad de ajuste de la varianza: {:.6f} sobre {} píxeles válidos ({})</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="290"/>
        <source>The landslide layer has no geometry.</source>
        <translation>La capa de deslizamientos no tiene geometría.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="295"/>
        <source>No landslide polygon covers a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation>Ningún polígono de deslizamiento cubre una celda válida de &apos;{}&apos;: verifique que las capas se superpongan.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="302"/>
        <source>The landslide layer has no points.</source>
        <translation>La capa de deslizamientos no tiene puntos.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="305"/>
        <source>{} landslide point(s) outside the raster and {} on nodata were dropped.</source>
        <translation>{} punto(s) de deslizamiento fuera del ráster y {} sobre nodata se descartaron.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="311"/>
        <source>No landslide point falls on a valid cell of &apos;{}&apos;: check that the layers overlap.</source>
        <translation>Ningún punto de deslizamiento cae sobre una celda válida de &apos;{}&apos;: verifique que las capas se superpongan.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="51"/>
        <source>Classify susceptibility (Jenks natural breaks)</source>
        <translation>Clasificar la susceptibilidad (cortes naturales de Jenks)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="144"/>
        <source>Run name (for the run record)</source>
        <translation>Nombre de la ejecución (para la ficha de ejecución)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="147"/>
        <source>With a run name, a model type or a run store, the class areas are written as a run record that the metrics dock shows in its class-area chart.</source>
        <translation>Con un nombre de ejecución, un tipo de modelo o un registro de ejecuciones, las áreas de las clases se escriben en una ficha de ejecución que el panel de métricas muestra en su gráfico de áreas de clases.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="155"/>
        <source>Model type of the map (for the run record)</source>
        <translation>Tipo de modelo del mapa (para la ficha de ejecución)</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="158"/>
        <source>e.g. brf, easyensemble, smote_dnn, rf, dnn, lsnet: the dock groups class areas by it.</source>
        <translation>p. ej., brf, easyensemble, smote_dnn, rf, dnn, lsnet: el panel agrupa las áreas de las clases según este tipo.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="163"/>
        <source>Folder of run records read by the metrics dock. Default (when a run name or model type is given): &apos;lsm_runs&apos; beside the saved project, else beside the output.</source>
        <translation>Carpeta de las fichas de ejecución que lee el panel de métricas. Por defecto (si se indica un nombre de ejecución o un tipo de modelo): &apos;lsm_runs&apos; junto al proyecto guardado; si no, junto a la salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="173"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="74"/>
        <source>Band of the susceptibility raster to class (default 1).</source>
        <translation>Banda del ráster de susceptibilidad a clasificar (1 por defecto).</translation>
    </message>
    <message>
        <location filename="../algorithms/jenksclassify.py" line="97"/>
        <source>Jenks: exact natural breaks over all valid pixels; equal interval; quantile (exact); or the breaks given below.</source>
        <translation>Jenks: cortes naturales exactos sobre todos los píxeles válidos; intervalos iguales; cuantiles (exactos); o los cortes indicados abajo.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="52"/>
        <source>Classes a susceptibility raster into k classes (default 5: Very low to Very high), as in Fu et al. 2024. Jenks natural breaks are exact over ALL valid pixels (not a sample), with the goodness of variance fit; equal interval, quantile and user-given breaks are the other methods.

Outputs: the classed raster (Byte, 1..k, styled), a class table (area per class; with a landslide layer also % of landslides and the frequency ratio) as a layer and CSV, the breaks and the GVF. An optional run record feeds the metrics dock&apos;s class-area chart.</source>
        <translation>Clasifica un ráster de susceptibilidad en k clases (5 por defecto: de Muy baja a Muy alta), como en Fu et al. 2024. Los cortes naturales de Jenks son exactos sobre TODOS los píxeles válidos (no sobre una muestra), con la bondad de ajuste de la varianza; los intervalos iguales, los cuantiles y los cortes dados por el usuario son los otros métodos.

Salidas: el ráster clasificado (Byte, 1..k, con estilo), una tabla de clases (área por clase; con una capa de deslizamientos también el % de deslizamientos y la razón de frecuencia) como capa y CSV, los cortes y la GVF. Una ficha de ejecución opcional alimenta el gráfico de áreas de clases del panel de métricas.</translation>
    </message>
</context>
<context>
    <name>LsmAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="142"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: no se escribió ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="235"/>
        <source>Layer &apos;{}&apos; is not a valid raster layer.</source>
        <translation>La capa &apos;{}&apos; no es una capa ráster válida.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="242"/>
        <source>Raster &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>El ráster &apos;{}&apos; no es un archivo en el disco ({}); guárdelo primero como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="259"/>
        <source>Several factor bands are named {}: rename the layers (or band descriptions) so each factor has its own name.</source>
        <translation>Varias bandas de factores se llaman {}: cambie el nombre de las capas (o de las descripciones de banda) para que cada factor tenga su propio nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="267"/>
        <source>Categorical factor(s) {} are not among the factor rasters ({}).</source>
        <translation>El/los factor(es) categórico(s) {} no están entre los ráster de factores ({}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="5"/>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="6"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="7"/>
        <source>Negatives</source>
        <translation>Negativos</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="8"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="9"/>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="10"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="346"/>
        <source>Cannot write the table &apos;{}&apos;: {}</source>
        <translation>No se puede escribir la tabla &apos;{}&apos;: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="214"/>
        <source>Cannot write the run record into &apos;{}&apos;: {}. Choose another run store folder.</source>
        <translation>No se puede escribir la ficha de ejecución en &apos;{}&apos;: {}. Elija otra carpeta de registro de ejecuciones.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="221"/>
        <source>Run record: {}</source>
        <translation>Ficha de ejecución: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="11"/>
        <source>The {} &apos;{}&apos; must be a point or polygon layer.</source>
        <translation>La capa de {} &apos;{}&apos; debe ser una capa de puntos o de polígonos.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="12"/>
        <source>{} feature(s) of the {} have no geometry and were skipped.</source>
        <translation>{} entidad(es) de la capa de {} no tienen geometría y se omitieron.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="13"/>
        <source>The {} &apos;{}&apos; must be a polygon layer.</source>
        <translation>La capa de {} &apos;{}&apos; debe ser una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="14"/>
        <source>The {} &apos;{}&apos; cannot be transformed to the rasters&apos; CRS ({}): {}</source>
        <translation>La capa de {} &apos;{}&apos; no se puede transformar al SRC de los ráster ({}): {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="15"/>
        <source>Output &apos;{}&apos; cannot be written to &apos;{}&apos;: the folder &apos;{}&apos; cannot be created or is not writable ({}). Choose another output path.</source>
        <translation>La salida &apos;{}&apos; no se puede escribir en &apos;{}&apos;: la carpeta &apos;{}&apos; no se puede crear o no tiene permiso de escritura ({}). Elija otra ruta de salida.</translation>
    </message>
</context>
<context>
    <name>LsmModels</name>
    <message>
        <location filename="../build/i18n_strings.py" line="23"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="24"/>
        <source>Point layer of samples: an lsm:buildsamples / lsm:spysampling output (fields label, split and one field per factor) or any point layer with a 0/1 field.</source>
        <translation>Capa de puntos de muestras: una salida de lsm:buildsamples / lsm:spysampling (campos label, split y un campo por factor) o cualquier capa de puntos con un campo 0/1.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="25"/>
        <source>Label field (1 landslide, 0 non-landslide)</source>
        <translation>Campo de etiqueta (1 deslizamiento, 0 no deslizamiento)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="26"/>
        <source>Field holding 1 for landslides and 0 for the other samples (default &apos;label&apos;); true/false and yes/no are accepted, NULL rows are skipped.</source>
        <translation>Campo con 1 para los deslizamientos y 0 para las demás muestras (&apos;label&apos; por defecto); se aceptan true/false y yes/no, las filas NULL se omiten.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="27"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Campo de partición (&apos;train&apos; / &apos;test&apos;)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="28"/>
        <source>Field saying which samples are for training and which for testing (lsm:buildsamples writes &apos;split&apos;). Without it the samples are split at random, each class apart.</source>
        <translation>Campo que indica qué muestras son para entrenamiento y cuáles para prueba (lsm:buildsamples escribe &apos;split&apos;). Sin él, las muestras se reparten al azar, cada clase por separado.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="29"/>
        <source>Factor fields</source>
        <translation>Campos de factores</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="30"/>
        <source>The conditioning factors, in the order the model will expect them.</source>
        <translation>Los factores condicionantes, en el orden que esperará el modelo.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="31"/>
        <source>Categorical factor fields (one-hot encoded)</source>
        <translation>Campos de factores categóricos (codificados en one-hot)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="32"/>
        <source>Factors holding class codes (lithology, land cover); they must be among the factor fields.</source>
        <translation>Factores que contienen códigos de clase (litología, cobertura del suelo); deben estar entre los campos de factores.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="33"/>
        <source>The samples layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="34"/>
        <source>Layer &apos;{}&apos; has no field(s) {} (its fields: {}).</source>
        <translation>La capa &apos;{}&apos; no tiene el/los campo(s) {} (sus campos: {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="35"/>
        <source>Choose the factor fields of layer &apos;{}&apos;.</source>
        <translation>Elija los campos de factores de la capa &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="36"/>
        <source>The label field &apos;{}&apos; is also chosen as a factor: remove it from the factor fields.</source>
        <translation>El campo de etiqueta &apos;{}&apos; también está elegido como factor: quítelo de los campos de factores.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="37"/>
        <source>Categorical field(s) {} are not among the factor fields; add them there too.</source>
        <translation>El/los campo(s) categórico(s) {} no están entre los campos de factores; agréguelos también allí.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="38"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos; (its fields: {}).</source>
        <translation>La capa &apos;{}&apos; no tiene el campo de partición &apos;{}&apos; (sus campos: {}).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="39"/>
        <source>{} sample(s) of &apos;{}&apos; were left out: a missing factor value.</source>
        <translation>{} muestra(s) de &apos;{}&apos; se omitieron: falta un valor de factor.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="40"/>
        <source>Cannot write the layer &apos;{}&apos;: {}</source>
        <translation>No se puede escribir la capa &apos;{}&apos;: {}</translation>
    </message>
</context>
<context>
    <name>LsmParameters</name>
    <message>
        <location filename="../build/i18n_strings.py" line="16"/>
        <source>Automatic (a CUDA GPU when torch sees one, else the CPU)</source>
        <translation>Automático (una GPU CUDA si torch ve una; si no, la CPU)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="17"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="18"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="19"/>
        <source>Seed of every random draw: the same inputs and seed give the same results.</source>
        <translation>Semilla de cada extracción aleatoria: las mismas entradas y la misma semilla dan los mismos resultados.</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="93"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="105"/>
        <source>Parallel jobs (-1 = all cores)</source>
        <translation>Trabajos paralelos (-1 = todos los núcleos)</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="117"/>
        <source>Device (torch models)</source>
        <translation>Dispositivo (modelos torch)</translation>
    </message>
    <message>
        <location filename="../algorithms/_params.py" line="128"/>
        <source>Run store folder</source>
        <translation>Carpeta del registro de ejecuciones</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="20"/>
        <source>Threads that work at once: -1 uses all cores, 1 runs on one thread; any number gives the same result for the same seed.</source>
        <translation>Hilos que trabajan a la vez: -1 usa todos los núcleos, 1 se ejecuta en un solo hilo; cualquier número da el mismo resultado con la misma semilla.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="21"/>
        <source>Where the torch neural networks run: automatic picks a CUDA GPU when torch sees one, else the CPU. Other models ignore it.</source>
        <translation>Dónde se ejecutan las redes neuronales de torch: automático elige una GPU CUDA cuando torch ve una; si no, la CPU. Los demás modelos lo ignoran.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="22"/>
        <source>Folder of the run records (JSON) the metrics dock reads. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the output, else in the home folder.</source>
        <translation>Carpeta de las fichas de ejecución (JSON) que lee el panel de métricas. Vacío: &apos;lsm_runs&apos; junto al proyecto guardado; si no, junto a la salida; si no, en la carpeta personal.</translation>
    </message>
</context>
<context>
    <name>LsmProvider</name>
    <message>
        <location filename="../plugin/provider.py" line="50"/>
        <source>Could not read the model {}</source>
        <translation>No se pudo leer el modelo {}</translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="64"/>
        <source>Landslide susceptibility</source>
        <translation>Susceptibilidad a deslizamientos</translation>
    </message>
    <message>
        <location filename="../plugin/provider.py" line="67"/>
        <source>Landslide susceptibility {}</source>
        <translation>Susceptibilidad a deslizamientos {}</translation>
    </message>
</context>
<context>
    <name>LsnetPredictAlgorithm</name>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="46"/>
        <source>LSNet bundle</source>
        <translation>Paquete LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="49"/>
        <source>A .lsmodel file written by lsm:trainlsnet.</source>
        <translation>Un archivo .lsmodel escrito por lsm:trainlsnet.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="51"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="54"/>
        <source>The factors the network was trained on, named as at training (extra rasters are ignored).</source>
        <translation>Los factores con los que se entrenó la red, nombrados como en el entrenamiento (los ráster adicionales se ignoran).</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="60"/>
        <source>Tile size: the inference batch (cells per side)</source>
        <translation>Tamaño de tesela: el lote de inferencia (celdas por lado)</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="68"/>
        <source>The batch size of the dense inference: the network runs over square tiles of this many cells per side at once (256 x 256 = 65 536 cells per batch), not over a batch of patches. Larger tiles waste less on the halo but need more memory; 256 suits a CPU, 512 or 1024 a GPU.</source>
        <translation>El tamaño de lote de la inferencia densa: la red se ejecuta sobre teselas cuadradas de este número de celdas por lado a la vez (256 x 256 = 65 536 celdas por lote), no sobre un lote de parches. Las teselas más grandes desperdician menos en el margen pero necesitan más memoria; 256 es adecuado para una CPU, 512 o 1024 para una GPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="76"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU.</source>
        <translation>auto: una GPU CUDA si torch ve una; si no, la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="77"/>
        <source>LSNet susceptibility</source>
        <translation>Susceptibilidad LSNet</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="80"/>
        <source>Cells predicted</source>
        <translation>Celdas predichas</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="98"/>
        <source>The LSNet map is written as GeoTIFF: give the output a .tif extension (got &apos;{}&apos;).</source>
        <translation>El mapa LSNet se escribe como GeoTIFF: dé a la salida una extensión .tif (se recibió &apos;{}&apos;).</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="105"/>
        <source>LSNet with patch {} cells on {} x {} cells, tiles of {} cells, device {}.</source>
        <translation>LSNet con parche de {} celdas sobre {} x {} celdas, teselas de {} celdas, dispositivo {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/lsnetpredict.py" line="113"/>
        <source>{} cells predicted.</source>
        <translation>{} celdas predichas.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="53"/>
        <source>Predict susceptibility with LSNet</source>
        <translation>Predecir la susceptibilidad con LSNet</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="54"/>
        <source>Maps the landslide probability of every cell with an LSNet bundle made by lsm:trainlsnet (Zhang et al. 2022). The factor rasters are matched to the bundle by name and must have the training cell size.

The network runs as its fully convolutional twin over square tiles with a halo of half a patch: seamless, and equal to the patch network on each cell. Cells with a nodata factor get -9999.

Output: a Float32 GeoTIFF on the factors&apos; grid, styled 0 to 1. The help link gives the details.</source>
        <translation>Genera el mapa de probabilidad de deslizamiento de cada celda con un paquete LSNet creado por lsm:trainlsnet (Zhang et al. 2022). Los ráster de factores se asocian al paquete por su nombre y deben tener el tamaño de celda del entrenamiento.

La red se ejecuta como su gemela totalmente convolucional sobre teselas cuadradas con un margen de medio parche: sin costuras e igual a la red de parches en cada celda. Las celdas con un factor nodata reciben -9999.

Salida: un GeoTIFF Float32 en la cuadrícula de los factores, con estilo de 0 a 1. El enlace de ayuda da los detalles.</translation>
    </message>
</context>
<context>
    <name>PredictRasterAlgorithm</name>
    <message>
        <location filename="../algorithms/predictraster.py" line="63"/>
        <source>Model bundle</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="66"/>
        <source>A .lsmodel file written by lsm:trainmodel or lsm:spysampling (trusted files only).</source>
        <translation>Un archivo .lsmodel escrito por lsm:trainmodel o lsm:spysampling (solo archivos de confianza).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="70"/>
        <source>More bundles (repeated samplings)</source>
        <translation>Paquetes adicionales (muestreos repetidos)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="76"/>
        <source>Further bundles trained on the same factors (e.g. repeated samplings): the map is the mean probability of all bundles and the uncertainty their standard deviation.</source>
        <translation>Otros paquetes entrenados con los mismos factores (p. ej., muestreos repetidos): el mapa es la probabilidad media de todos los paquetes y la incertidumbre su desviación estándar.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="83"/>
        <source>Factor rasters</source>
        <translation>Ráster de factores</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="86"/>
        <source>The factors the model was trained on, named as at training, on one grid.</source>
        <translation>Los factores con los que se entrenó el modelo, nombrados como en el entrenamiento, en una misma cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="88"/>
        <source>Mask (study area polygons)</source>
        <translation>Máscara (polígonos del área de estudio)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="91"/>
        <source>Only cells whose centre is inside these polygons are predicted (any CRS).</source>
        <translation>Solo se predicen las celdas cuyo centro está dentro de estos polígonos (cualquier SRC).</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="93"/>
        <source>Cells per block</source>
        <translation>Celdas por bloque</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="100"/>
        <source>Cells read and predicted at once (rounded to the rasters&apos; blocks). Larger blocks amortise the model&apos;s per-call cost; memory grows with them.</source>
        <translation>Celdas leídas y predichas a la vez (redondeado a los bloques de los ráster). Los bloques más grandes amortizan el costo por llamada del modelo; la memoria crece con ellos.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="107"/>
        <source>Memory budget for blocks (MB, 0 = use cells per block)</source>
        <translation>Presupuesto de memoria para bloques (MB, 0 = usar celdas por bloque)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="114"/>
        <source>When set, the block size is chosen to keep the prediction&apos;s working memory near it.</source>
        <translation>Si se define, el tamaño de bloque se elige para mantener la memoria de trabajo de la predicción cerca de este valor.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="120"/>
        <source>auto: a CUDA GPU when torch sees one, else the CPU. Ignored by scikit-learn models.</source>
        <translation>auto: una GPU CUDA si torch ve una; si no, la CPU. Los modelos de scikit-learn lo ignoran.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="127"/>
        <source>Dask scheduler address</source>
        <translation>Dirección del planificador Dask</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="128"/>
        <source>e.g. tcp://10.0.0.5:8786: run the blocks on that Dask cluster. Empty: run here.</source>
        <translation>p. ej., tcp://10.0.0.5:8786: ejecutar los bloques en ese clúster Dask. Vacío: ejecutar aquí.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="131"/>
        <source>Susceptibility</source>
        <translation>Susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="132"/>
        <source>Uncertainty (standard deviation)</source>
        <translation>Incertidumbre (desviación estándar)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="140"/>
        <source>Cells predicted</source>
        <translation>Celdas predichas</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="141"/>
        <source>Mean probability</source>
        <translation>Probabilidad media</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="142"/>
        <source>Factors used (comma separated)</source>
        <translation>Factores usados (separados por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="164"/>
        <source>The mask layer &apos;{}&apos; has no polygon.</source>
        <translation>La capa de máscara &apos;{}&apos; no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="169"/>
        <source>The mask layer &apos;{}&apos; does not overlap the factor rasters: check its CRS and extent.</source>
        <translation>La capa de máscara &apos;{}&apos; no se superpone a los ráster de factores: verifique su SRC y su extensión.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="191"/>
        <source>The maps are written as GeoTIFF: give &apos;{}&apos; a .tif extension.</source>
        <translation>Los mapas se escriben como GeoTIFF: dé a &apos;{}&apos; una extensión .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="202"/>
        <source>{} bundle(s) ({}) on {} x {} cells, factors {}, blocks of about {} cells.</source>
        <translation>{} paquete(s) ({}) sobre {} x {} celdas, factores {}, bloques de unas {} celdas.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="224"/>
        <source>{} cells predicted in {} blocks; probability min {:.4f}, mean {:.4f}, max {:.4f}.</source>
        <translation>{} celdas predichas en {} bloques; probabilidad mín. {:.4f}, media {:.4f}, máx. {:.4f}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="230"/>
        <source>Device: {}</source>
        <translation>Dispositivo: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="232"/>
        <source>Uncertainty: standard deviation across {} members, max {:.4f}.</source>
        <translation>Incertidumbre: desviación estándar entre {} miembros, máx. {:.4f}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="55"/>
        <source>Predict susceptibility map</source>
        <translation>Predecir el mapa de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/predictraster.py" line="119"/>
        <source>Threads that predict each block (-1: all cores).</source>
        <translation>Hilos que predicen cada bloque (-1: todos los núcleos).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="56"/>
        <source>Maps the landslide probability (0..1) of every cell with a model bundle of lsm:trainmodel or lsm:spysampling (LSNet has lsm:lsnetpredict). Factor rasters are matched to the bundle by name.

The rasters are read block by block (bounded memory); only cells where every factor has a value (and inside the mask) are predicted. With several bundles the map is their mean and the optional uncertainty their standard deviation; with one, the spread of its ensemble members. A Dask scheduler can run the blocks on a cluster.

Output: Float32 GeoTIFF, nodata -9999. Bundles hold pickles: open only trusted files. The help link gives the details.</source>
        <translation>Genera el mapa de probabilidad de deslizamiento (0..1) de cada celda con un paquete de modelo de lsm:trainmodel o lsm:spysampling (LSNet tiene lsm:lsnetpredict). Los ráster de factores se asocian al paquete por su nombre.

Los ráster se leen bloque por bloque (memoria acotada); solo se predicen las celdas donde todos los factores tienen valor (y dentro de la máscara). Con varios paquetes, el mapa es su media y la incertidumbre opcional su desviación estándar; con uno solo, la dispersión de los miembros de su conjunto. Un planificador Dask puede ejecutar los bloques en un clúster.

Salida: GeoTIFF Float32, nodata -9999. Los paquetes contienen pickles: abra solo archivos de confianza. El enlace de ayuda da los detalles.</translation>
    </message>
</context>
<context>
    <name>RateCurvesAlgorithm</name>
    <message>
        <location filename="../algorithms/ratecurves.py" line="78"/>
        <source>Susceptibility raster</source>
        <translation>Ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="82"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="89"/>
        <source>Study-area mask raster</source>
        <translation>Ráster de máscara del área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="95"/>
        <source>Study-area polygons</source>
        <translation>Polígonos del área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="105"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="111"/>
        <source>Rate curves table (CSV)</source>
        <translation>Tabla de curvas de tasa (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="111"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="116"/>
        <source>Rate curves (PNG)</source>
        <translation>Curvas de tasa (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="116"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="121"/>
        <source>Success-rate AUC</source>
        <translation>AUC de la tasa de éxito</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="122"/>
        <source>Prediction-rate AUC</source>
        <translation>AUC de la tasa de predicción</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="123"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="124"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="127"/>
        <source>Sample layer (label and split fields)</source>
        <translation>Capa de muestras (campos de etiqueta y de partición)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="137"/>
        <source>Label field</source>
        <translation>Campo de etiqueta</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="143"/>
        <source>Split field (&apos;train&apos; / &apos;test&apos;)</source>
        <translation>Campo de partición (&apos;train&apos; / &apos;test&apos;)</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="172"/>
        <source>susceptibility raster</source>
        <translation>ráster de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="195"/>
        <source>The {} could not be opened.</source>
        <translation>No se pudo abrir el {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="198"/>
        <source>The {} &apos;{}&apos; is not a file on disk ({}); save it as GeoTIFF first.</source>
        <translation>El {} &apos;{}&apos; no es un archivo en el disco ({}); guárdelo primero como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="207"/>
        <source>Layer &apos;{}&apos; is in {} but the map &apos;{}&apos; is in {}: reproject the landslides to the map&apos;s CRS (Vector &gt; Data Management Tools &gt; Reproject Layer) and run again.</source>
        <translation>La capa &apos;{}&apos; está en {} pero el mapa &apos;{}&apos; está en {}: reproyecte los deslizamientos al SRC del mapa (Vectorial &gt; Herramientas de gestión de datos &gt; Reproyectar capa) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="222"/>
        <source>No landslide was given: choose a sample layer with training / test landslides, or a training or test inventory.</source>
        <translation>No se indicó ningún deslizamiento: elija una capa de muestras con deslizamientos de entrenamiento / prueba, o un inventario de entrenamiento o de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="236"/>
        <source>Layer &apos;{}&apos; has no split field &apos;{}&apos; (its fields: {}): choose the field saying &apos;train&apos; / &apos;test&apos;, or give a training and a test inventory instead.</source>
        <translation>La capa &apos;{}&apos; no tiene el campo de partición &apos;{}&apos; (sus campos: {}): elija el campo que indica &apos;train&apos; / &apos;test&apos;, o indique en su lugar un inventario de entrenamiento y uno de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="254"/>
        <source>Layer &apos;{}&apos; has no &apos;{}&apos; landslide: no {}-rate curve.</source>
        <translation>La capa &apos;{}&apos; no tiene ningún deslizamiento &apos;{}&apos;: no hay curva de tasa de {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="261"/>
        <source>{} landslide(s) of &apos;{}&apos; have no &apos;train&apos; / &apos;test&apos; split value and were left out.</source>
        <translation>{} deslizamiento(s) de &apos;{}&apos; no tienen valor de partición &apos;train&apos; / &apos;test&apos; y se omitieron.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="276"/>
        <source>inventory</source>
        <translation>inventario</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="282"/>
        <source>&apos;{}&apos;: {} polygon(s), {} cell(s) by cell centre.</source>
        <translation>&apos;{}&apos;: {} polígono(s), {} celda(s) por centro de celda.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="295"/>
        <source>Give either a mask raster or study-area polygons, not both.</source>
        <translation>Indique un ráster de máscara o polígonos del área de estudio, no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="297"/>
        <source>mask raster</source>
        <translation>ráster de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="300"/>
        <source>study area</source>
        <translation>área de estudio</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="304"/>
        <source>&apos;{}&apos;: {} cells in the study area.</source>
        <translation>&apos;{}&apos;: {} celdas en el área de estudio.</translation>
    </message>
    <message>
        <location filename="../algorithms/ratecurves.py" line="307"/>
        <source>{}-rate curve: AUC {:.4f} on {} landslide cells; the top 10 % of the area holds {:.1%} of them, the top 20 % {:.1%}.</source>
        <translation>Curva de tasa de {}: AUC {:.4f} sobre {} celdas de deslizamiento; el 10 % más susceptible del área contiene el {:.1%} de ellas, el 20 % el {:.1%}.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="57"/>
        <source>Success and prediction rate curves</source>
        <translation>Curvas de tasa de éxito y de predicción</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="58"/>
        <source>Success-rate (training landslides) and prediction-rate (test landslides) curves of a susceptibility map (Chung and Fabbri 2003): the share of landslide cells inside the most susceptible x % of the area, and the area under each curve (0.5: no better than chance). Exact over every cell of the map, ties included.

Landslides: a sample layer with a label and a split field (&apos;train&apos; / &apos;test&apos;), or a training and a test inventory (points, or polygons by the cells whose centre they cover). An optional mask raster or polygon layer limits the study area. The landslides must be in the map&apos;s CRS.

Outputs: a CSV of the curves, a PNG, SUCCESS_AUC, PREDICTION_AUC and a run record.</source>
        <translation>Curvas de tasa de éxito (deslizamientos de entrenamiento) y de tasa de predicción (deslizamientos de prueba) de un mapa de susceptibilidad (Chung y Fabbri 2003): la proporción de celdas de deslizamiento dentro del x % más susceptible del área, y el área bajo cada curva (0,5: no mejor que el azar). Exacto sobre todas las celdas del mapa, empates incluidos.

Deslizamientos: una capa de muestras con un campo de etiqueta y uno de partición (&apos;train&apos; / &apos;test&apos;), o un inventario de entrenamiento y uno de prueba (puntos, o polígonos por las celdas cuyo centro cubren). Un ráster de máscara o una capa de polígonos opcionales limitan el área de estudio. Los deslizamientos deben estar en el SRC del mapa.

Salidas: un CSV de las curvas, un PNG, SUCCESS_AUC, PREDICTION_AUC y una ficha de ejecución.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../build/i18n_strings.py" line="59"/>
        <source>HTML report of the runs and maps</source>
        <translation>Informe HTML de las ejecuciones y los mapas</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="67"/>
        <source>Folder of the run records (*.lsmrun.json) the algorithms wrote. Empty: &apos;lsm_runs&apos; beside the saved project, else beside the report.</source>
        <translation>Carpeta de las fichas de ejecución (*.lsmrun.json) que escribieron los algoritmos. Vacío: &apos;lsm_runs&apos; junto al proyecto guardado; si no, junto al informe.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="74"/>
        <source>Maps to show</source>
        <translation>Mapas a mostrar</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="77"/>
        <source>Rasters drawn into the report in this order, e.g. the susceptibility map and its Jenks classes. Rasters of a few integer values are shown (and their area counted) as classes.</source>
        <translation>Ráster dibujados en el informe en este orden, p. ej., el mapa de susceptibilidad y sus clases de Jenks. Los ráster con pocos valores enteros se muestran (y se cuenta su área) como clases.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="84"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="133"/>
        <source>Landslide susceptibility report</source>
        <translation>Informe de susceptibilidad a deslizamientos</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="87"/>
        <source>Heading and window title of the report.</source>
        <translation>Encabezado y título de ventana del informe.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="89"/>
        <source>Map image width (pixels)</source>
        <translation>Ancho de la imagen de los mapas (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="97"/>
        <source>Width of each rendered map; the height follows the map&apos;s extent.</source>
        <translation>Ancho de cada mapa representado; la altura sigue la extensión del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="100"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="100"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="103"/>
        <source>The HTML file written.</source>
        <translation>El archivo HTML escrito.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="105"/>
        <source>Run records in the report</source>
        <translation>Fichas de ejecución en el informe</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="106"/>
        <source>Unreadable records</source>
        <translation>Fichas ilegibles</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="107"/>
        <source>Embedded images</source>
        <translation>Imágenes incrustadas</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="115"/>
        <source>&apos;{}&apos; is not a valid raster layer: left out.</source>
        <translation>&apos;{}&apos; no es una capa ráster válida: se omite.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="125"/>
        <source>Choose where to write the report (an .html file).</source>
        <translation>Elija dónde escribir el informe (un archivo .html).</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="128"/>
        <source>The run store folder &apos;{}&apos; does not exist: the report has no run records.</source>
        <translation>La carpeta del registro de ejecuciones &apos;{}&apos; no existe: el informe no tiene fichas de ejecución.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="141"/>
        <source>Rendering {}</source>
        <translation>Representando {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="145"/>
        <source>&apos;{}&apos; could not be rendered: left out.</source>
        <translation>&apos;{}&apos; no se pudo representar: se omite.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="155"/>
        <source>Report with {} run record(s), {} map(s), {} image(s): {}</source>
        <translation>Informe con {} ficha(s) de ejecución, {} mapa(s), {} imagen(es): {}</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="161"/>
        <source>{} file(s) of the run store are not readable records; the report lists why.</source>
        <translation>{} archivo(s) del registro de ejecuciones no son fichas legibles; el informe indica por qué.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="60"/>
        <source>Writes one self-contained HTML file (images embedded) to send to a colleague: the metrics of every run record of the run store at the reported and the G-mean-best threshold, the ROC and precision-recall curves overlaid, the class-area distribution and the given maps (e.g. of lsm:predictraster and lsm:jenksclassify) rendered with their layer style, or a green-to-red ramp when they have none. Records that cannot be read are listed with the reason. Details: the help link.</source>
        <translation>Escribe un único archivo HTML autónomo (imágenes incrustadas) para enviar a un colega: las métricas de cada ficha de ejecución del registro en el umbral reportado y en el umbral óptimo G-mean, las curvas ROC y de precisión-exhaustividad superpuestas, la distribución de áreas de las clases y los mapas indicados (p. ej., de lsm:predictraster y lsm:jenksclassify) representados con su estilo de capa, o con una rampa de verde a rojo si no tienen. Las fichas que no se pueden leer se listan con el motivo. Detalles: el enlace de ayuda.</translation>
    </message>
</context>
<context>
    <name>SaturationTestAlgorithm</name>
    <message>
        <location filename="../algorithms/saturationtest.py" line="64"/>
        <source>Test share of each class when there is no split field</source>
        <translation>Proporción de prueba de cada clase cuando no hay campo de partición</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="76"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="86"/>
        <source>Imbalance ratios (negatives per landslide, comma separated)</source>
        <translation>Razones de desbalance (negativos por deslizamiento, separadas por comas)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="94"/>
        <source>Repeats (resamplings per model and ratio)</source>
        <translation>Repeticiones (remuestreos por modelo y razón)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="104"/>
        <source>Test set ratio (negatives per test landslide; 0 = all test negatives)</source>
        <translation>Razón del conjunto de prueba (negativos por deslizamiento de prueba; 0 = todos los negativos de prueba)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="114"/>
        <source>Model parameters (model.name=value; ...)</source>
        <translation>Parámetros de los modelos (modelo.nombre=valor; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="126"/>
        <source>Saturation runs (long table)</source>
        <translation>Ejecuciones de saturación (tabla larga)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="131"/>
        <source>Saturation summary (mean and sd)</source>
        <translation>Resumen de saturación (media y desv. est.)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="136"/>
        <source>Metrics vs ratio (PNG)</source>
        <translation>Métricas según la razón (PNG)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="136"/>
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="144"/>
        <source>Group key of the run records</source>
        <translation>Clave de grupo de las fichas de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="145"/>
        <source>Number of fits</source>
        <translation>Número de ajustes</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="155"/>
        <source>Model parameter &apos;{}&apos; needs its model: write model.name=value (e.g. brf.n_estimators=200).</source>
        <translation>El parámetro de modelo &apos;{}&apos; necesita su modelo: escriba modelo.nombre=valor (p. ej., brf.n_estimators=200).</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="162"/>
        <source>Unknown model &apos;{}&apos; in the model parameters; models are {}.</source>
        <translation>Modelo desconocido &apos;{}&apos; en los parámetros de los modelos; los modelos son {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="173"/>
        <source>Choose at least one model.</source>
        <translation>Elija al menos un modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="215"/>
        <source>{} run records written to {} (group {}).</source>
        <translation>{} fichas de ejecución escritas en {} (grupo {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="248"/>
        <source>Mean +/- sd (BA, ROC-AUC, PR-AUC):</source>
        <translation>Media +/- desv. est. (BA, ROC-AUC, PR-AUC):</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="263"/>
        <source>Saturation test - {}</source>
        <translation>Prueba de saturación - {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="61"/>
        <source>Saturation test (metrics vs imbalance ratio)</source>
        <translation>Prueba de saturación (métricas según la razón de desbalance)</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="120"/>
        <source>Seed of the test set, the negative draws and the models.</source>
        <translation>Semilla del conjunto de prueba, de las extracciones de negativos y de los modelos.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="121"/>
        <source>Fits that run at once in threads: -1 uses all cores.</source>
        <translation>Ajustes que se ejecutan a la vez en hilos: -1 usa todos los núcleos.</translation>
    </message>
    <message>
        <location filename="../algorithms/saturationtest.py" line="123"/>
        <source>Folder of the run records (one per fit, sharing a group key).</source>
        <translation>Carpeta de las fichas de ejecución (una por ajuste, que comparten una clave de grupo).</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="62"/>
        <source>The saturation test of Fu et al. 2024 (IEEE JSTARS 17): how do imbalanced learners behave as more negatives per landslide are used for training?

A test set is fixed once (the test landslides and r_test negatives each); then for each ratio and repeat, ratio x n training negatives are drawn (the same draw for every model) and each model is trained and scored on that test set.

Outputs: a long table (one row per fit), mean +/- sd per model and ratio, a PNG of each metric against the ratio, and one run record per fit sharing a group key for the metrics dock.</source>
        <translation>La prueba de saturación de Fu et al. 2024 (IEEE JSTARS 17): ¿cómo se comportan los algoritmos de aprendizaje para datos desbalanceados a medida que se usan más negativos por deslizamiento para el entrenamiento?

Se fija una sola vez un conjunto de prueba (los deslizamientos de prueba y r_test negativos por cada uno); luego, para cada razón y repetición, se extraen razón x n negativos de entrenamiento (la misma extracción para todos los modelos) y cada modelo se entrena y se evalúa en ese conjunto de prueba.

Salidas: una tabla larga (una fila por ajuste), media +/- desv. est. por modelo y razón, un PNG de cada métrica en función de la razón y una ficha de ejecución por ajuste que comparten una clave de grupo para el panel de métricas.</translation>
    </message>
</context>
<context>
    <name>SpySampling</name>
    <message>
        <location filename="../algorithms/spysampling.py" line="325"/>
        <source>Give a sample layer (from lsm:buildsamples) or a landslide inventory: the sample layer could not be read and no inventory was given.</source>
        <translation>Indique una capa de muestras (de lsm:buildsamples) o un inventario de deslizamientos: no se pudo leer la capa de muestras y no se indicó ningún inventario.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="332"/>
        <source>Give either a sample layer or a landslide inventory, not both: with a sample layer the inventory is not used.</source>
        <translation>Indique una capa de muestras o un inventario de deslizamientos, no ambos: con una capa de muestras no se usa el inventario.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="346"/>
        <source>Factor field(s) {} have no factor raster of the same name (rasters: {}). Add the rasters, or name the layers/band descriptions as the fields.</source>
        <translation>El/los campo(s) de factor {} no tienen un ráster de factor con el mismo nombre (ráster: {}). Agregue los ráster, o nombre las capas/descripciones de banda como los campos.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="61"/>
        <source>&apos;{}&apos; has no field &apos;{}&apos;: every point is training data, no test negatives.</source>
        <translation>&apos;{}&apos; no tiene el campo &apos;{}&apos;: todos los puntos son datos de entrenamiento, sin negativos de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="77"/>
        <source>{} point(s) outside the factor rasters were left out.</source>
        <translation>{} punto(s) fuera de los ráster de factores se omitieron.</translation>
    </message>
    <message>
        <location filename="../algorithms/_spy_io.py" line="83"/>
        <source>{} point(s) without a value for every factor field were left out.</source>
        <translation>{} punto(s) sin valor en todos los campos de factores se omitieron.</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="394"/>
        <source>Samples built from &apos;{}&apos;: {}</source>
        <translation>Muestras construidas a partir de &apos;{}&apos;: {}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="63"/>
        <source>Reliable negatives (spy technique / Bagging-PU)</source>
        <translation>Negativos confiables (técnica de espías / Bagging-PU)</translation>
    </message>
    <message>
        <location filename="../algorithms/spysampling.py" line="393"/>
        <source>The samples built from &apos;{}&apos; could not be read.</source>
        <translation>No se pudieron leer las muestras construidas a partir de &apos;{}&apos;.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="64"/>
        <source>Finds reliable non-landslide cells (negatives) by positive-unlabeled learning (Fu et al. 2024, IEEE JSTARS 17): the spy technique in two steps, or Bagging-PU (Mordelet &amp; Vert 2014).

Input: the sample layer of lsm:buildsamples and the factor rasters, or the landslide inventory (lsm:buildsamples is then run first). A prior model per split is mapped and classed by Jenks breaks; negatives come from its low classes (spy) or are the lowest-scored cells (Bagging-PU).

Outputs: the negatives (with the landslides, for lsm:trainmodel), the prior maps and model bundles (pickles: load only trusted ones), a summary table and a run record. Details: the help link.</source>
        <translation>Encuentra celdas confiables sin deslizamiento (negativos) mediante aprendizaje positivo-no etiquetado (Fu et al. 2024, IEEE JSTARS 17): la técnica de espías en dos etapas, o Bagging-PU (Mordelet &amp; Vert 2014).

Entrada: la capa de muestras de lsm:buildsamples y los ráster de factores, o el inventario de deslizamientos (en ese caso se ejecuta primero lsm:buildsamples). Un modelo a priori por partición se aplica como mapa y se clasifica por cortes de Jenks; los negativos vienen de sus clases bajas (espías) o son las celdas con menor puntaje (Bagging-PU).

Salidas: los negativos (con los deslizamientos, para lsm:trainmodel), los mapas a priori y los paquetes de modelo (pickles: cargue solo los de confianza), una tabla de resumen y una ficha de ejecución. Detalles: el enlace de ayuda.</translation>
    </message>
</context>
<context>
    <name>TrainLsnetAlgorithm</name>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="241"/>
        <source>The patch size must be odd (the cell sits in its centre); {} is even.</source>
        <translation>El tamaño del parche debe ser impar (la celda está en su centro); {} es par.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="252"/>
        <source>The sample layer could not be opened.</source>
        <translation>No se pudo abrir la capa de muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="269"/>
        <source>No sample of layer &apos;{}&apos; falls on the factor rasters: check that the layer and the rasters cover the same area (CRS {} vs the rasters&apos;).</source>
        <translation>Ninguna muestra de la capa &apos;{}&apos; cae sobre los ráster de factores: verifique que la capa y los ráster cubran la misma zona (SRC {} frente al de los ráster).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="276"/>
        <source>{} sample(s) of &apos;{}&apos; fall outside the factor rasters and are left out.</source>
        <translation>{} muestra(s) de &apos;{}&apos; caen fuera de los ráster de factores y se omiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="302"/>
        <source>{} sample(s) lie on nodata cells of a factor and are left out.</source>
        <translation>{} muestra(s) están sobre celdas nodata de un factor y se omiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="369"/>
        <source>{} training, {} validation and {} test samples; patch {} cells, {} blocks {}, dense {}.</source>
        <translation>{} muestras de entrenamiento, {} de validación y {} de prueba; parche de {} celdas, {} bloques {}, densa {}.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainlsnet.py" line="382"/>
        <source>Device: {}</source>
        <translation>Dispositivo: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="35"/>
        <source>Test ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {}).</source>
        <translation>ROC-AUC de prueba {:.3f}, G-mean {:.3f} (mejor época {}).</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="42"/>
        <source>The test samples hold one class only: no test metrics.</source>
        <translation>Las muestras de prueba contienen una sola clase: no hay métricas de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/_lsnet_io.py" line="95"/>
        <source>LSNet training ({})</source>
        <translation>Entrenamiento LSNet ({})</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="65"/>
        <source>Train LSNet (CNN on factor patches)</source>
        <translation>Entrenar LSNet (CNN sobre parches de factores)</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="66"/>
        <source>Trains LSNet (Zhang et al. 2022, Geoscience Letters 9:26), a convolutional network that reads a square patch of the factor rasters around a cell and gives the landslide probability of that cell.

Samples: points with a 0/1 label field (lsm:buildsamples or lsm:spysampling output, or any point layer); a split field (&apos;train&apos;/&apos;test&apos;, optionally &apos;validation&apos;) keeps the test samples for the final metrics, else a seeded test share is held out. Early stopping keeps the best epoch by validation AUC. Nodata inside a patch is filled and flagged in a mask channel.

Outputs: an LSNet bundle for lsm:lsnetpredict, the training curves (table and PNG) and a run record. The help link gives the architecture, training and nodata details.</source>
        <translation>Entrena LSNet (Zhang et al. 2022, Geoscience Letters 9:26), una red convolucional que lee un parche cuadrado de los ráster de factores alrededor de una celda y da la probabilidad de deslizamiento de esa celda.

Muestras: puntos con un campo de etiqueta 0/1 (salida de lsm:buildsamples o lsm:spysampling, o cualquier capa de puntos); un campo de partición (&apos;train&apos;/&apos;test&apos;, opcionalmente &apos;validation&apos;) reserva las muestras de prueba para las métricas finales; si no, se reserva una proporción de prueba extraída con la semilla. La parada temprana conserva la mejor época según el AUC de validación. Los nodata dentro de un parche se rellenan y se marcan en un canal de máscara.

Salidas: un paquete LSNet para lsm:lsnetpredict, las curvas de entrenamiento (tabla y PNG) y una ficha de ejecución. El enlace de ayuda da los detalles de la arquitectura, el entrenamiento y los nodata.</translation>
    </message>
</context>
<context>
    <name>TrainModelAlgorithm</name>
    <message>
        <location filename="../algorithms/trainmodel.py" line="79"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="85"/>
        <source>Model type; the bundle and run record name it by its key ({}).</source>
        <translation>Tipo de modelo; el paquete y la ficha de ejecución lo nombran por su clave ({}).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="91"/>
        <source>Imbalance ratio (negatives per landslide; 0 = all negatives)</source>
        <translation>Razón de desbalance (negativos por deslizamiento; 0 = todos los negativos)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="94"/>
        <source>1 = balanced benchmark; Fu et al. 2024 use 1:2.5 to 1:200.</source>
        <translation>1 = referencia balanceada; Fu et al. 2024 usan de 1:2.5 a 1:200.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="95"/>
        <source>Model parameters (name=value; ...)</source>
        <translation>Parámetros del modelo (nombre=valor; ...)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Hyper-parameter search by cross-validation</source>
        <translation>Búsqueda de hiperparámetros por validación cruzada</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Stratified folds</source>
        <translation>Pliegues estratificados</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Spatial blocks</source>
        <translation>Bloques espaciales</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="157"/>
        <source>Cross-validation folds</source>
        <translation>Pliegues de validación cruzada</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="165"/>
        <source>Spatial block size (map units)</source>
        <translation>Tamaño de los bloques espaciales (unidades del mapa)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="173"/>
        <source>Cross-validation score</source>
        <translation>Puntaje de validación cruzada</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="180"/>
        <source>Search grid (name=v1,v2; ...; empty = default grid)</source>
        <translation>Cuadrícula de búsqueda (nombre=v1,v2; ...; vacío = cuadrícula por defecto)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="106"/>
        <source>Factor rasters (optional)</source>
        <translation>Ráster de factores (opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="109"/>
        <source>The factor rasters the model will be applied to: their names are checked against the factor fields and their CRS and cell size are recorded in the bundle.</source>
        <translation>Los ráster de factores a los que se aplicará el modelo: sus nombres se comparan con los campos de factores y su SRC y tamaño de celda se registran en el paquete.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="122"/>
        <source>Write a run record</source>
        <translation>Escribir una ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="131"/>
        <source>Model bundle</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="131"/>
        <source>LSM model bundle (*{})</source>
        <translation>Paquete de modelo LSM (*{})</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="136"/>
        <source>Run record</source>
        <translation>Ficha de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="137"/>
        <source>Run id</source>
        <translation>Id. de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="138"/>
        <source>ROC-AUC (test rows, else training)</source>
        <translation>ROC-AUC (filas de prueba; si no, entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="139"/>
        <source>Balanced accuracy (test rows, else training)</source>
        <translation>Exactitud balanceada (filas de prueba; si no, entrenamiento)</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="215"/>
        <source>Training {} on {} landslides and {} negatives (1:{:.3g}) from &apos;{}&apos;; {} test rows.</source>
        <translation>Entrenando {} con {} deslizamientos y {} negativos (1:{:.3g}) de &apos;{}&apos;; {} filas de prueba.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="312"/>
        <source>Give a spatial block size above 0 map units.</source>
        <translation>Indique un tamaño de bloque espacial mayor que 0 unidades del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="329"/>
        <source>Best parameters by {} {} CV: {}</source>
        <translation>Mejores parámetros por {} en VC {}: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="340"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="342"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="252"/>
        <source>Model bundle written: {}</source>
        <translation>Paquete de modelo escrito: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="362"/>
        <source>Factor field(s) {} have no raster of that name among the factor rasters ({}); name the rasters as the fields when you apply the model (lsm:predictraster matches them by name).</source>
        <translation>El/los campo(s) de factor {} no tienen un ráster con ese nombre entre los ráster de factores ({}); nombre los ráster como los campos cuando aplique el modelo (lsm:predictraster los asocia por nombre).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="373"/>
        <source>{} ({} landslides, {} negatives): OA {:.3f}, precision {:.3f}, sensitivity {:.3f}, specificity {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} at threshold {:.2f}</source>
        <translation>{} ({} deslizamientos, {} negativos): OA {:.3f}, precisión {:.3f}, sensibilidad {:.3f}, especificidad {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} en el umbral {:.2f}</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="67"/>
        <source>Train susceptibility model</source>
        <translation>Entrenar modelo de susceptibilidad</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="95"/>
        <source>Overrides of the model&apos;s defaults, e.g. &apos;n_estimators=300; max_depth=12&apos; (the names and defaults of each model are in the help link).</source>
        <translation>Valores que reemplazan los valores por defecto del modelo, p. ej., &apos;n_estimators=300; max_depth=12&apos; (los nombres y valores por defecto de cada modelo están en el enlace de ayuda).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="116"/>
        <source>Seed of every random draw: the same seed and data give the same model.</source>
        <translation>Semilla de cada extracción aleatoria: la misma semilla y los mismos datos dan el mismo modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="122"/>
        <source>Write the run&apos;s record (metrics, curves, parameters) into the run store for the metrics dock.</source>
        <translation>Escribir la ficha de la ejecución (métricas, curvas, parámetros) en el registro de ejecuciones para el panel de métricas.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="144"/>
        <source>Grid search on the training rows: folds stratified by class, or folds of whole square blocks (neighbouring cells never on both sides). The best combination is refitted on all training rows.</source>
        <translation>Búsqueda en cuadrícula sobre las filas de entrenamiento: pliegues estratificados por clase, o pliegues de bloques cuadrados enteros (celdas vecinas nunca quedan a ambos lados). La mejor combinación se reajusta con todas las filas de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="160"/>
        <source>Number of folds of the cross-validation (5 is usual in susceptibility studies).</source>
        <translation>Número de pliegues de la validación cruzada (5 es lo habitual en los estudios de susceptibilidad).</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="168"/>
        <source>Side of the square blocks of the spatial cross-validation, in the samples&apos; map units.</source>
        <translation>Lado de los bloques cuadrados de la validación cruzada espacial, en unidades del mapa de las muestras.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="173"/>
        <source>The score the grid search maximises.</source>
        <translation>El puntaje que maximiza la búsqueda en cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/trainmodel.py" line="180"/>
        <source>Values to try, e.g. &apos;n_estimators=100,300; max_depth=8,16&apos;; empty: a small default grid per model.</source>
        <translation>Valores a probar, p. ej., &apos;n_estimators=100,300; max_depth=8,16&apos;; vacío: una pequeña cuadrícula por defecto por modelo.</translation>
    </message>
    <message>
        <location filename="../build/i18n_strings.py" line="68"/>
        <source>Trains a landslide susceptibility model on samples (landslides 1, negatives 0) and saves it as a model bundle (.lsmodel) for lsm:predictraster and lsm:evaluatemodel.

Models: balanced random forest, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), the benchmarks rf and dnn, SVM, kernel and plain logistic regression. With a ratio r &gt; 0, r training negatives per landslide are drawn; 0 uses all. &apos;test&apos; rows give the test metrics; an optional cross-validated grid search picks the parameters.

SECURITY: a bundle holds a Python pickle: open only bundles you trust. See the help link for the model parameters and the bundle format.</source>
        <translation>Entrena un modelo de susceptibilidad a deslizamientos con muestras (deslizamientos 1, negativos 0) y lo guarda como paquete de modelo (.lsmodel) para lsm:predictraster y lsm:evaluatemodel.

Modelos: bosque aleatorio balanceado, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), las referencias rf y dnn, SVM, regresión logística con núcleo y simple. Con una razón r &gt; 0, se extraen r negativos de entrenamiento por deslizamiento; 0 los usa todos. Las filas &apos;test&apos; dan las métricas de prueba; una búsqueda en cuadrícula opcional con validación cruzada elige los parámetros.

SEGURIDAD: un paquete contiene un pickle de Python: abra solo paquetes de confianza. Vea el enlace de ayuda para los parámetros de los modelos y el formato del paquete.</translation>
    </message>
</context>
</TS>

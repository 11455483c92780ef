#!/usr/bin/env bash
# Susceptibility maps for several study areas, headless, with qgis_process and its JSON output.
#
# Usage: tools/batch_areas.sh AREA_DIR [AREA_DIR ...]
# Each AREA_DIR holds the factor rasters (*.tif, one factor per file, named after the factor) and
# the inventory landslides.gpkg. Results go to AREA_DIR/lsm_output/: samples, spy negatives, a
# balanced random forest bundle, its evaluation, the susceptibility map, its 5 Jenks classes,
# and a one-line JSON summary per area on stdout.
#
# Environment: QGIS_PROCESS (default: qgis_process; on Debian 12 use /usr/bin/qgis_process.bin),
# RATIO (negatives per landslide, default 10), SPY_FRACTION (default 0.15), SEED (default 42). The plugin must be enabled once:
#   $QGIS_PROCESS plugins enable landslide_susceptibility
set -euo pipefail

QGIS_PROCESS=${QGIS_PROCESS:-qgis_process}
RATIO=${RATIO:-10}
SEED=${SEED:-42}
SPY_FRACTION=${SPY_FRACTION:-0.15}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

if [ $# -eq 0 ]; then
    echo "usage: $0 AREA_DIR [AREA_DIR ...]" >&2
    exit 2
fi

# run ALGORITHM ARGS... : runs one algorithm, prints its JSON results object
run() {
    local algorithm=$1
    shift
    local out log
    log=$(mktemp)
    if ! out=$("$QGIS_PROCESS" --json run "$algorithm" -- "$@" 2>"$log"); then
        echo "$algorithm failed:" >&2
        grep -v '^\s*$' "$log" | tail -n 20 >&2
        rm -f "$log"
        return 1
    fi
    rm -f "$log"
    # qgis_process may print warnings before the JSON document
    python3 -c 'import json,sys; t=sys.stdin.read(); print(json.dumps(json.loads(t[t.index("{"):])["results"]))' <<<"$out"
}

# field NAME : reads one key of the JSON results object on stdin
field() {
    python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"
}

for area in "$@"; do
    area=$(cd "$area" && pwd)
    name=$(basename "$area")
    out="$area/lsm_output"
    rm -rf "$out" && mkdir -p "$out"
    factors=()
    names=()
    for raster in "$area"/*.tif; do
        factors+=("FACTORS=$raster")
        names+=("$(basename "$raster" .tif)")
    done
    fields=()
    for factor in "${names[@]}"; do fields+=("FACTOR_FIELDS=$factor"); done

    result=$(run lsm:buildsamples "${factors[@]}" "INVENTORY=$area/landslides.gpkg" RATIO=30 \
        "SEED=$SEED" "OUTPUT=$out/samples.gpkg")
    samples=$(field OUTPUT <<<"$result")
    result=$(run lsm:spysampling "INPUT=$samples" "${factors[@]}" "${fields[@]}" "RATIO=$RATIO" \
        "SPY_FRACTION=$SPY_FRACTION" "SEED=$SEED" "RUN_STORE=$out/lsm_runs" "OUTPUT=$out/spy_samples.gpkg" \
        "PRIOR_TRAIN=$out/prior_train.tif" "PRIOR_TEST=$out/prior_test.tif" \
        "BUNDLE_TRAIN=$out/prior_train.lsmodel" "BUNDLE_TEST=$out/prior_test.lsmodel" \
        "SUMMARY=$out/spy_summary.csv")
    negatives=$(field OUTPUT <<<"$result")
    run lsm:trainmodel "INPUT=$negatives" "${fields[@]}" MODEL=0 "RATIO=$RATIO" \
        "SEED=$SEED" WRITE_RECORD=false "OUTPUT=$out/brf.lsmodel" >/dev/null
    evaluation=$(run lsm:evaluatemodel "INPUT=$negatives" "BUNDLE=$out/brf.lsmodel" \
        "MODEL_NAME=BRF $name" "RUN_STORE=$out/lsm_runs" "OUTPUT_METRICS=$out/metrics.csv")
    result=$(run lsm:predictraster "MODEL=$out/brf.lsmodel" "${factors[@]}" "OUTPUT=$out/susceptibility.tif")
    map=$(field OUTPUT <<<"$result")
    classes=$(run lsm:jenksclassify "INPUT=$map" CLASSES=5 "LANDSLIDES=$area/landslides.gpkg" \
        "OUTPUT=$out/susceptibility_classes.tif" "OUTPUT_CSV=$out/susceptibility_classes.csv")
    python3 - "$name" "$evaluation" "$classes" "$map" <<'EOF'
import json, sys
name, evaluation, classes, susceptibility = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
print(json.dumps({
    "area": name,
    "roc_auc": round(evaluation["ROC_AUC"], 4),
    "balanced_accuracy": round(evaluation["BALANCED_ACCURACY"], 4),
    "jenks_gvf": round(classes["GVF"], 4),
    "breaks": classes["BREAKS_STRING"],
    "susceptibility": susceptibility,
    "classes": classes["OUTPUT"],
}))
EOF
done

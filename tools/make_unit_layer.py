"""Regenerate resources/sample_data/ecuador/half_basins.gpkg: mapping units from the bundled DEM.

Half-basins of GRASS r.watershed (single-flow direction, threshold 800 cells = 8 ha at 10 m) on
elev.tif, vectorised (r.to.vect), fragments of one half-basin dissolved into one multipolygon
(v.dissolve, then the parts of each basin joined here), exported with a `unit_id` field (1..n). qgis_process 3.22 here has no GRASS provider,
so the script runs GRASS itself (`grass --tmp-location`, GRASS >= 7.8; tested with 8.2):

    python3 tools/make_unit_layer.py [--threshold 800] [--output PATH]
"""

import argparse
import os
import subprocess
import sys
import tempfile

from osgeo import ogr

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "resources", "sample_data", "ecuador")

SCRIPT = """set -e
r.in.gdal input={dem} output=elev --quiet
g.region raster=elev
r.watershed elevation=elev threshold={threshold} half_basin=hb -s --quiet
r.to.vect input=hb output=hb_parts type=area column=basin --quiet
v.dissolve input=hb_parts column=basin output=hb --quiet
v.out.ogr input=hb output={raw} format=GPKG output_layer=units --quiet --overwrite
"""


def run_grass(dem, threshold, raw):
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "units.sh")
        with open(script, "w") as handle:
            handle.write(SCRIPT.format(dem=dem, threshold=threshold, raw=raw))
        subprocess.run(["grass", "--tmp-location", dem, "--exec", "bash", script], check=True)


def _valid(geometry):
    """A valid multipolygon: cells touching at a corner make invalid rings, which QGIS refuses."""
    if not geometry.IsValid():
        geometry = geometry.MakeValid()
    if geometry.GetGeometryType() == ogr.wkbGeometryCollection:
        polygons = ogr.Geometry(ogr.wkbMultiPolygon)
        for k in range(geometry.GetGeometryCount()):
            part = geometry.GetGeometryRef(k)
            if part.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
                polygons = polygons.Union(part)
        geometry = polygons
    geometry = ogr.ForceToMultiPolygon(geometry)
    if not geometry.IsValid():
        raise RuntimeError("a half-basin stays invalid after MakeValid")
    return geometry


def write_units(raw, output):
    """Copy the dissolved half-basins with a unit_id field 1..n (ordered by basin number)."""
    src = ogr.Open(raw)
    layer = src.GetLayer(0)
    if os.path.exists(output):
        os.remove(output)
    dst = ogr.GetDriverByName("GPKG").CreateDataSource(output)
    out = dst.CreateLayer("half_basins", layer.GetSpatialRef(), ogr.wkbMultiPolygon)
    out.CreateField(ogr.FieldDefn("unit_id", ogr.OFTInteger))
    out.CreateField(ogr.FieldDefn("basin", ogr.OFTInteger))
    parts = {}
    for feature in layer:
        geometry = feature.GetGeometryRef()
        parts.setdefault(feature.GetField("cat"), ogr.Geometry(ogr.wkbMultiPolygon))
        for k in range(
            geometry.GetGeometryCount() if geometry.GetGeometryType() == ogr.wkbMultiPolygon else 0
        ):
            parts[feature.GetField("cat")].AddGeometry(geometry.GetGeometryRef(k).Clone())
        if geometry.GetGeometryType() == ogr.wkbPolygon:
            parts[feature.GetField("cat")].AddGeometry(geometry.Clone())
    for i, basin in enumerate(sorted(parts), start=1):
        new = ogr.Feature(out.GetLayerDefn())
        new.SetField("unit_id", i)
        new.SetField("basin", basin)
        new.SetGeometry(_valid(parts[basin].UnionCascaded()))
        out.CreateFeature(new)
    count = out.GetFeatureCount()
    dst = None
    return count


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=int, default=800, help="r.watershed threshold (cells)")
    parser.add_argument("--output", default=os.path.join(DATA, "half_basins.gpkg"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw.gpkg")
        run_grass(os.path.join(DATA, "elev.tif"), args.threshold, raw)
        count = write_units(raw, args.output)
    print(f"{args.output}: {count} half-basins ({os.path.getsize(args.output)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

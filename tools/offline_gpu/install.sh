# Sourced by run.sh, recipes.sh and world.sh on the GPU machine, in the repository root: installs the carried wheels
# (.whl/, from prepare.sh) into /tmp/site and puts them and the repository on the Python path.
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
  || { echo "error: installing the carried wheels failed"; exit 1; }
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1

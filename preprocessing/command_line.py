"""Command lines of the Hydra entry points, in the whisper style, and their ``--help``.

    python -m deepspeech2.transcribe 녹음.wav "회의 [1]/" "*.flac" --format srt decoder=beam

:func:`hydra_argv` turns such a command line into Hydra's overrides before ``@hydra.main`` reads it:

* ``key=value`` (also ``+key=value``, ``~key``, ``group=option``) is a Hydra override, as always; a
  value Hydra cannot read unquoted (Korean, spaces, brackets …) is quoted for it.
* ``--key value`` and ``--key=value`` are the override ``key=value`` (``--batch-size 8`` →
  ``batch_size=8``); a ``--flag`` followed by nothing or by another ``--option`` is ``flag=true``.
* Any other argument is an input — a file, a folder or a glob pattern — gathered into the command's
  list (``inputs=[...]``). **An existing path wins**: ``a=b.wav`` is an input when a file or folder of that
  name exists, and an override otherwise.
* Hydra's own options (``--cfg job``, ``--multirun``, ``--config-name``, ``--hydra-help`` …) pass through.

``--help`` / ``-h`` prints the command's description, its settings file with the comments that explain
each setting, and the options of the config groups that command uses (:func:`help_text`).

Config values may use ``${package:NAME}``, the folder of the importable package ``NAME``, so that the
default checkpoints and language model do not depend on the working directory.
"""
from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Sequence

from omegaconf import OmegaConf

CONFIGS = Path(__file__).resolve().parents[1] / "configs"  # configs/<task>/<command>.yaml
HELP_OPTIONS = ("-h", "--help")


def package_dir(name: str) -> str:
    """The folder of the importable package ``name`` (the ``${package:NAME}`` config resolver)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ValueError(f"${{package:{name}}}: no package named {name!r}")
    return str(Path(next(iter(spec.submodule_search_locations))).resolve())


if not OmegaConf.has_resolver("package"):
    OmegaConf.register_new_resolver("package", package_dir)


def quote(value: str) -> str:
    """``value`` as a single-quoted Hydra string (quotes escaped, and the backslashes in front of them)."""
    escaped = re.sub(r"(\\*)'", lambda m: m.group(1) * 2 + "\\'", value)
    return "'" + re.sub(r"(\\+)$", lambda m: m.group(1) * 2, escaped) + "'"


def _parses(override: str) -> bool:
    from hydra.core.override_parser.overrides_parser import OverridesParser

    try:
        OverridesParser.create().parse_override(override)
        return True
    except Exception:  # noqa: BLE001  (Hydra raises several types for what its grammar rejects)
        return False


def as_override(key: str, value: str) -> str:
    """``key=value``, with ``value`` (or each item of a ``[a,b]`` list) quoted when Hydra cannot read it as it is."""
    if _parses(f"{key}={value}"):
        return f"{key}={value}"
    if value.startswith("[") and value.endswith("]"):
        items = [item.strip() for item in value[1:-1].split(",") if item.strip()]
        return f"{key}=[{','.join(item if _parses(f'x={item}') else quote(item) for item in items)}]"
    return f"{key}={quote(value)}"


def _hydra_options() -> dict:
    from hydra._internal.utils import get_args_parser

    return {option: action for action in get_args_parser()._actions for option in action.option_strings}


def hydra_argv(argv: Sequence[str], inputs_key: str | None = "inputs") -> list[str]:
    """A whisper-style command line → Hydra's arguments (see the module docstring).

    Args:
        inputs_key: the list setting that bare paths go to; ``None``: the command takes no inputs
            (a bare argument is then passed on for Hydra to report).

    Raises:
        SystemExit: inputs given both as paths and as ``inputs_key=[...]``.
    """
    hydra_options = _hydra_options()
    args, out, inputs = list(argv), [], []
    while args:
        arg = args.pop(0)
        name = arg.split("=", 1)[0]
        if name in hydra_options:
            out.append(arg)
            action = hydra_options[name]
            takes_value = action.nargs is None or (action.nargs == "?" and args and args[0] in (action.choices or ()))
            if "=" not in arg and args and takes_value:
                out.append(args.pop(0))
        elif arg.startswith("--") and len(arg) > 2:
            key, has_value, value = arg[2:].partition("=")
            if not has_value:
                value = args.pop(0) if args and not args[0].startswith("--") else "true"
            out.append(as_override(key.replace("-", "_"), value))
        elif inputs_key and (os.path.lexists(arg) or "=" not in arg):
            inputs.append(arg)
        elif "=" in arg:
            key, _, value = arg.partition("=")
            out.append(as_override(key, value) if re.fullmatch(r"[+~]{0,2}[\w.@/-]+", key) else arg)
        else:
            out.append(arg)
    if inputs:
        if any(re.fullmatch(rf"[+~]*{inputs_key}=.*", o) for o in out):
            sys.exit(f"error: give the inputs either as paths or as {inputs_key}=[...], not both")
        out.append(f"{inputs_key}=[{','.join(quote(item) for item in inputs)}]")
    return out


def help_text(task: str, command: str, description: str) -> str:
    """``--help``: the command's description, ``configs/<task>/<command>.yaml`` with its comments
    (without the ``hydra:`` section) and, for each config group in its defaults list, the options."""
    config = CONFIGS / task / f"{command}.yaml"
    text = config.read_text(encoding="utf-8").split("\nhydra:", 1)[0].rstrip()
    lines = [description.strip(), "", f"Settings ({config.relative_to(CONFIGS.parent)}); change any with key=value "
             "or --key value:", "", text]
    groups = [(name, option) for entry in OmegaConf.load(config).get("defaults", [])
              if not isinstance(entry, str) for name, option in entry.items()
              if not name.startswith(("override", "hydra")) and (CONFIGS / task / name).is_dir()]
    if groups:
        lines += ["", f"Config groups (group=option; each option is a file in configs/{task}/<group>/, "
                  "whose settings are then group.key=value):"]
    for name, default in groups:
        lines.append(f"  {name} (default: {default}):")
        for option in sorted((CONFIGS / task / name).glob("*.yaml")):
            text = option.read_text(encoding="utf-8").splitlines()
            summary = next((line.lstrip("#").strip() for line in text if line.startswith("#") and "@package" not in line), "")
            lines.append(f"    {option.stem:<24} {summary}")
            if option.stem == default:  # the settings in effect, with their comments
                lines += [f"        {line}" for line in text if line.strip() and not line.startswith("#")]
    lines += ["", "Hydra's own options: --hydra-help; the composed settings: --cfg job."]
    return "\n".join(lines) + "\n"


def run_command(main, task: str, command: str, description: str, inputs_key: str | None = None) -> None:
    """Run a ``@hydra.main`` function with a whisper-style command line (:func:`hydra_argv`), or print its help."""
    if any(arg in HELP_OPTIONS for arg in sys.argv[1:]):
        print(help_text(task, command, description), end="")
        return
    sys.argv[1:] = hydra_argv(sys.argv[1:], inputs_key)
    main()

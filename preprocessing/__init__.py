"""Data preparation shared by the speech recognizer and the gender classifier (see README.md)."""
from preprocessing import command_line as _command_line  # noqa: F401  (registers the ${package:NAME} config resolver)

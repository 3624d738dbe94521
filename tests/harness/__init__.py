"""The code-execution harness: find every code block a reader sees, run it, report it."""

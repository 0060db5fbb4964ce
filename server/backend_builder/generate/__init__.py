"""Template rendering and the steps that turn a spec into a plan."""

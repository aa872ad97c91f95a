"""cli: the click layer — one module per command group; options in, one core call, rendering out."""

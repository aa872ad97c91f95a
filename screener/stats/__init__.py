"""stats: figures over the stored requests (per week, template share, answer rate) and their HTML report."""

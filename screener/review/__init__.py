"""review: the review loop (keys -> store actions), its terminal screen, and learning from the user's marks."""

"""Getting in: the first-run screens that create a journal, and the unlock screen."""

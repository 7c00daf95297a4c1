"""My village: the people around the family and how they help."""

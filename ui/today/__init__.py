"""Today: the day's question, the reflection, and this week's moments."""

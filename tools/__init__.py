"""Developer tools: screenshot makers, the tour, the clipping checker. Never shipped in the app
bundle.
"""

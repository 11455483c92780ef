"""Processing algorithms of the `lsm` provider, one class per file named after the algorithm.

The provider discovers every LsmAlgorithm subclass with an ALGORITHM_NAME in this package.
"""

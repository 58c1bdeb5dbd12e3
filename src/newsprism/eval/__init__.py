"""newsprism.eval"""

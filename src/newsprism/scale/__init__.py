"""newsprism.scale"""

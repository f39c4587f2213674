// STUB: the store issue fills this in.
print("crash probe not built yet")

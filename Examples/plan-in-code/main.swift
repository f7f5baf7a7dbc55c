import CloudConfig

print("placeholder")

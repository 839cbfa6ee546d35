import Simulator
print("ecstop")

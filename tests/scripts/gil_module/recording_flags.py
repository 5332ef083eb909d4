# gil.recording() follows start_recording() and stop_recording(); stopping twice is harmless.
# skip python: gil is gilt's own module
import gil

print(gil.recording())  # expect: False
gil.start_recording()
print(gil.recording())  # expect: True
gil.stop_recording()
print(gil.recording())  # expect: False
gil.stop_recording()
print(gil.recording())  # expect: False

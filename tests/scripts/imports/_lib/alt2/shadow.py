WHERE = "alt2"

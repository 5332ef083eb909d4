WHERE = "alt1"

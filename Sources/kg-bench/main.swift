print("kg-bench")

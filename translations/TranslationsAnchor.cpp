// Holds the compiled translations (.qm) as resources.

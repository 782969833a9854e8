// Holds the compiled-in resources (GraphQL documents, icons).

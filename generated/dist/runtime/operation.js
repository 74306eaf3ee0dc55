// The description of one API operation that generated code hands to the client: data, not code.
export {};

// The words of an error (or of anything thrown) for a message to a person.
export const errorText = (error) => (error && error.message ? error.message : String(error));

export function bearerAuth(token) {
  return {
    authorize: () => Promise.resolve(`Bearer ${token}`),
    challenged: () => Promise.resolve(false)
  };
}
export const noAuth = {
  authorize: () => Promise.resolve(void 0),
  challenged: () => Promise.resolve(false)
};

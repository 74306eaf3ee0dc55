export function report(problems, path, message) {
  problems.push({ path, message });
  return false;
}
export function runCheck(check, value) {
  try {
    return check(value, "", void 0);
  } catch {
    return false;
  }
}
export function collectProblems(check, value) {
  const problems = [];
  try {
    check(value, "", problems);
  } catch (error) {
    problems.push({ path: "", message: `could not be checked: ${describeThrown(error)}` });
  }
  return problems;
}
export function childPointer(path, key) {
  return `${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
function describeThrown(error) {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "a value was thrown that cannot be shown";
  }
}
export const isArray = Array.isArray;
export function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
export function stringLength(text) {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 55296 && code <= 56319 && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 56320 && next <= 57343) index++;
    }
    length++;
  }
  return length;
}

/** Not built yet. */
export default function SignInPage() {
  return <h1>sign-in</h1>;
}

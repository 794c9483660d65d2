"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, SignInLimited } from "@/auth";

export async function magicLinkAction(formData: FormData) {
  await signIn("email", { email: String(formData.get("email") ?? ""), redirectTo: "/staff" });
}

export async function passwordAction(formData: FormData) {
  try {
    await signIn("credentials", { email: formData.get("email"), password: formData.get("password"), redirectTo: "/staff" });
  } catch (e) {
    // signIn redirects by throwing; only a refused password is ours to handle.
    if (e instanceof SignInLimited) redirect(`/staff/sign-in?error=${e.type}&code=${e.code}&minutes=${Math.ceil(e.retryAfterSeconds / 60)}`);
    if (e instanceof AuthError) redirect(`/staff/sign-in?error=${e.type}`);
    throw e;
  }
}

// `npm run admin -- <command>`: the operator's administration, on the configured database
// (DATABASE_URL, or the embedded one in DATA_DIR: stop the server first, the embedded database has
// one user at a time). The log records these as the actor `cli`.
//   users                 the accounts (email, administrator, disabled, tasks, lists, last active)
//   disable EMAIL         disable the account (its sessions end; JWTs and API keys refused)
//   enable EMAIL          enable it again
//   make-admin EMAIL      make the account an administrator
//   signup                who may make an account: the mode, and the invitation links
//   signup MODE           set the mode: open, invite or closed; default (back to SIGNUP's)
//   invite [DAYS]         a one-time sign-up link (APP_URL/?signup=ID#SECRET), for 1-90 days (7)
//   revoke ID             revoke an unused invitation link
import { runAdminCommand } from '../features/admin/admin.command.js';

process.exitCode = await runAdminCommand(process.argv.slice(2), process.env, console);

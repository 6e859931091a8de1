/**
 * Who is calling: users, user groups and API keys, with their Struct-shaped endpoints,
 * the API-key authentication and the bootstrap of the first admin key. Other features ask
 * it whether users and groups exist and read the caller as a
 * {@link org.usertasks.identity.CurrentUser}; it uses only {@code system}.
 */
@NullMarked
package org.usertasks.identity;

import org.jspecify.annotations.NullMarked;

package io.gridguard.iam;


import io.gridguard.iam.internal.AccountRepository;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.shared.Problem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts; passwords are kept only as hashes. */
@Service
public class StaffAccounts {

    private final AccountRepository accounts;
    private final Jurisdictions jurisdictions;
    private final PasswordEncoder passwords;

    StaffAccounts(AccountRepository accounts, Jurisdictions jurisdictions, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
        this.passwords = passwords;
    }

    @Transactional
    public long create(NewStaffAccount account) {
        if (account.username() == null || !account.username().matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            throw new Problem.Invalid("username", "iam.username.invalid");
        }
        if (account.password() == null || account.password().length() < 8) {
            throw new Problem.Invalid("password", "iam.password.short");
        }
        if (accounts.exists(account.username())) {
            throw new Problem.Conflict("iam.username.taken");
        }
        if (account.nodeIds() == null || account.nodeIds().isEmpty()) {
            throw new Problem.Invalid("nodeIds", "error.required");
        }
        return accounts.insert(account.username(), passwords.encode(account.password()), account.displayName(),
                account.role(), account.departmentId(), account.placeId(),
                account.nodeIds().stream().map(jurisdictions::scopeNode).toList());
    }

}

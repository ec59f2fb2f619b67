<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AbAnalysis</name>
    <message>
        <source>the header has no &apos;%1&apos; column; it needs variant,weight,exposures,conversions</source>
        <translation></translation>
    </message>
    <message>
        <source>the variant has no name</source>
        <translation></translation>
    </message>
    <message>
        <source>the variant &apos;%1&apos; appears twice</source>
        <translation></translation>
    </message>
    <message>
        <source>the weight of &apos;%1&apos; must be a positive number, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>exposures of &apos;%1&apos; must be a whole number, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>conversions of &apos;%1&apos; must be a whole number, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>counts of &apos;%1&apos; cannot be negative</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more conversions (%2) than exposures (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header variant,weight,exposures,conversions and a row per variant</source>
        <translation></translation>
    </message>
    <message>
        <source>an experiment needs at least two variants; the file has %1</source>
        <translation></translation>
    </message>
    <message>
        <source>an experiment needs at least two variants</source>
        <translation></translation>
    </message>
    <message>
        <source>alpha must lie between 0 and 1</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no variant &apos;%1&apos; to use as the control</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample ratio mismatch: the exposures do not match the weights (chi-square %1, p = %2). Fix the assignment before reading any result; no verdict.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough data yet: each variant needs %1 exposures and the smallest has %2; no verdict.</source>
        <translation></translation>
    </message>
    <message>
        <source> (95 % CI %1 to %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 beats %2 by %3%4, adjusted p = %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 does worse than %2 by %3%4, adjusted p = %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>No variant differs from %1 at alpha %2 (smallest adjusted p = %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation></translation>
    </message>
    <message>
        <source>the variant &apos;%1&apos; has two rows for %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the weight of &apos;%1&apos; changes from %2 to %3</source>
        <translation></translation>
    </message>
    <message>
        <source>No exposures yet for at least one variant; no verdict.</source>
        <translation></translation>
    </message>
    <message>
        <source>No conversion in the control %1 yet, so the sample a verdict needs cannot be computed; no verdict.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AccuracyMonitor</name>
    <message>
        <source>%1 of the last %2 periods are below %3 % accuracy with at least %4 reviews each</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of the last %2 periods below %3 % (an alert needs %4 with at least %5 reviews each)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the audit log cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>entry #%1 was inserted after the last recorded entry (#%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>entry #%1 was deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>entries #%1 to #%2 were deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>entry #%1 was inserted; the entries after it were renumbered</source>
        <translation></translation>
    </message>
    <message>
        <source>an entry before #%1 was deleted; the entries after it were renumbered</source>
        <translation></translation>
    </message>
    <message>
        <source>entry #%1 was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>entry #%1 was inserted; entry #%2 chains past it</source>
        <translation></translation>
    </message>
    <message>
        <source>entry #%1 was replaced; entry #%2 no longer chains to it</source>
        <translation></translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>the record of the log&apos;s last entry is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>entry #%1, the last one, was deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>entries #%1 to #%2 at the end were deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>entry #%1 was replaced</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>an operator name has 1 to 64 characters and no spaces</source>
        <translation></translation>
    </message>
    <message>
        <source>this workspace already has operators; log in as an admin</source>
        <translation></translation>
    </message>
    <message>
        <source>wrong operator name or password</source>
        <translation></translation>
    </message>
    <message>
        <source>the account %1 is disabled; ask an admin</source>
        <translation></translation>
    </message>
    <message>
        <source>the account %1 is locked after %2 wrong passwords until %3, or until an admin unlocks it</source>
        <translation></translation>
    </message>
    <message>
        <source>the account %1 cannot log in: its stored credentials are unreadable</source>
        <translation></translation>
    </message>
    <message>
        <source>wrong password; the account %1 is now locked for %2 minutes</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempt(s) left before the account locks)</source>
        <translation>
            <numerusform>%1 (%n attempt left before the account locks)</numerusform>
            <numerusform>%1 (%n attempts left before the account locks)</numerusform>
        </translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation></translation>
    </message>
    <message>
        <source>your account has been disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>your account has an unknown role</source>
        <translation></translation>
    </message>
    <message>
        <source>permission denied: a %1 may not %2</source>
        <translation></translation>
    </message>
    <message>
        <source>customer-service agent</source>
        <translation></translation>
    </message>
    <message>
        <source>marketer</source>
        <translation></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation></translation>
    </message>
    <message>
        <source>admin</source>
        <translation></translation>
    </message>
    <message>
        <source>change their own password</source>
        <translation></translation>
    </message>
    <message>
        <source>take over and answer conversations</source>
        <translation></translation>
    </message>
    <message>
        <source>see every agent&apos;s queue</source>
        <translation></translation>
    </message>
    <message>
        <source>handle supervisor escalations</source>
        <translation></translation>
    </message>
    <message>
        <source>insert scripts as replies</source>
        <translation></translation>
    </message>
    <message>
        <source>edit the script library</source>
        <translation></translation>
    </message>
    <message>
        <source>edit content templates</source>
        <translation></translation>
    </message>
    <message>
        <source>run A/B experiments</source>
        <translation></translation>
    </message>
    <message>
        <source>view experiment results</source>
        <translation></translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation></translation>
    </message>
    <message>
        <source>view model quality</source>
        <translation></translation>
    </message>
    <message>
        <source>train sentiment models</source>
        <translation></translation>
    </message>
    <message>
        <source>import and activate models</source>
        <translation></translation>
    </message>
    <message>
        <source>view user profiles</source>
        <translation></translation>
    </message>
    <message>
        <source>import profiles and events</source>
        <translation></translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation></translation>
    </message>
    <message>
        <source>delete personal data</source>
        <translation></translation>
    </message>
    <message>
        <source>view the knowledge graph</source>
        <translation></translation>
    </message>
    <message>
        <source>edit the knowledge graph</source>
        <translation></translation>
    </message>
    <message>
        <source>manage lexicons</source>
        <translation></translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>back up and check the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>read content templates</source>
        <translation></translation>
    </message>
    <message>
        <source>record a user&apos;s withdrawal of consent</source>
        <translation></translation>
    </message>
    <message>
        <source>let content past the quality gate, with a reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BertEncoder</name>
    <message>
        <source>--device cuda: this libtorch has no CUDA or no GPU is present</source>
        <translation>--device cuda: this libtorch has no CUDA or no GPU is present</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos; (cpu or cuda)</source>
        <translation>unknown device &apos;%1&apos; (cpu or cuda)</translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; model; the encoder reads BERT-family checkpoints (model_type bert)</source>
        <translation>%1 is a &apos;%2&apos; model; the encoder reads BERT-family checkpoints (model_type bert)</translation>
    </message>
    <message>
        <source>%1/config.json: the activation &apos;%2&apos; is not supported</source>
        <translation>%1/config.json: the activation &apos;%2&apos; is not supported</translation>
    </message>
    <message>
        <source>%1/config.json: position_embedding_type &apos;%2&apos; is not supported (absolute is)</source>
        <translation>%1/config.json: position_embedding_type &apos;%2&apos; is not supported (absolute is)</translation>
    </message>
    <message>
        <source>%1/config.json: hidden_size %2 is not a multiple of num_attention_heads %3</source>
        <translation>%1/config.json: hidden_size %2 is not a multiple of num_attention_heads %3</translation>
    </message>
    <message>
        <source>%1 has no vocab.txt (BERT&apos;s WordPiece vocabulary)</source>
        <translation>%1 has no vocab.txt (BERT&apos;s WordPiece vocabulary)</translation>
    </message>
    <message>
        <source>%1/vocab.txt: %2</source>
        <translation>%1/vocab.txt: %2</translation>
    </message>
    <message>
        <source>%1: vocab.txt has %2 entries but the model only %3 (vocab_size)</source>
        <translation>%1: vocab.txt has %2 entries but the model only %3 (vocab_size)</translation>
    </message>
    <message>
        <source>%1: the weights have no embeddings.word_embeddings.weight (with or without the bert. prefix)</source>
        <translation>%1: the weights have no embeddings.word_embeddings.weight (with or without the bert. prefix)</translation>
    </message>
    <message>
        <source>%1: classifier.weight has shape %2, not [labels, %3]</source>
        <translation>%1: classifier.weight has shape %2, not [labels, %3]</translation>
    </message>
    <message>
        <source>%1 has no classification head (classifier.weight and a pooler); fine-tune it on labelled texts first</source>
        <translation>%1 has no classification head (classifier.weight and a pooler); fine-tune it on labelled texts first</translation>
    </message>
    <message>
        <source>the model&apos;s labels (%1) are not sentiment labels (positive, neutral, negative)</source>
        <translation>the model&apos;s labels (%1) are not sentiment labels (positive, neutral, negative)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>folds must be between 2 and 20, or 0 for no cross-validation</source>
        <translation>folds must be between 2 and 20, or 0 for no cross-validation</translation>
    </message>
    <message>
        <source>steps, batch, max length and learning rate must be positive (and the rate below 1)</source>
        <translation>steps, batch, max length and learning rate must be positive (and the rate below 1)</translation>
    </message>
    <message>
        <source>the training data needs at least two labels</source>
        <translation>the training data needs at least two labels</translation>
    </message>
    <message>
        <source>too few rows for %1 folds</source>
        <translation>too few rows for %1 folds</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>BpeTokenizer</name>
    <message>
        <source>tokenizer.json is not a JSON object (%1 at byte %2)</source>
        <translation>tokenizer.json is not a JSON object (%1 at byte %2)</translation>
    </message>
    <message>
        <source>tokenizer.json: the model is &apos;%1&apos;, not BPE</source>
        <translation>tokenizer.json: the model is &apos;%1&apos;, not BPE</translation>
    </message>
    <message>
        <source>tokenizer.json has no BPE vocabulary</source>
        <translation>tokenizer.json has no BPE vocabulary</translation>
    </message>
    <message>
        <source>tokenizer.json: vocabulary entry &apos;%1&apos; has no valid id</source>
        <translation>tokenizer.json: vocabulary entry &apos;%1&apos; has no valid id</translation>
    </message>
    <message>
        <source>tokenizer.json: an added token has no content or no valid id</source>
        <translation>tokenizer.json: an added token has no content or no valid id</translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 (&apos;%2&apos;) is not two tokens</source>
        <translation>tokenizer.json: merge %1 (&apos;%2&apos;) is not two tokens</translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 is not two tokens</source>
        <translation>tokenizer.json: merge %1 is not two tokens</translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 (&apos;%2 %3&apos;) uses a token not in the vocabulary</source>
        <translation>tokenizer.json: merge %1 (&apos;%2 %3&apos;) uses a token not in the vocabulary</translation>
    </message>
    <message>
        <source>tokenizer.json: the normalizer &apos;%1&apos; is not supported</source>
        <translation>tokenizer.json: the normalizer &apos;%1&apos; is not supported</translation>
    </message>
    <message>
        <source>tokenizer.json: a Split pre-tokenizer with behaviour &apos;%1&apos; is not supported</source>
        <translation>tokenizer.json: a Split pre-tokenizer with behaviour &apos;%1&apos; is not supported</translation>
    </message>
    <message>
        <source>tokenizer.json: ByteLevel with add_prefix_space is not supported</source>
        <translation>tokenizer.json: ByteLevel with add_prefix_space is not supported</translation>
    </message>
    <message>
        <source>tokenizer.json: the pre-tokenizer &apos;%1&apos; is not supported</source>
        <translation>tokenizer.json: the pre-tokenizer &apos;%1&apos; is not supported</translation>
    </message>
    <message>
        <source>tokenizer.json: the split pattern does not compile (%1)</source>
        <translation>tokenizer.json: the split pattern does not compile (%1)</translation>
    </message>
    <message>
        <source>tokenizer.json is not a byte-level BPE tokenizer (no ByteLevel pre-tokenizer)</source>
        <translation>tokenizer.json is not a byte-level BPE tokenizer (no ByteLevel pre-tokenizer)</translation>
    </message>
</context>
<context>
    <name>BulkCheck</name>
    <message>
        <source>empty line</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: the object has no &quot;text&quot; string</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write the results: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation></translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the texts: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>calendar line %1: %2</source>
        <translation>calendar line %1: %2</translation>
    </message>
    <message>
        <source>a calendar is a JSON object</source>
        <translation>a calendar is a JSON object</translation>
    </message>
    <message>
        <source>calendar: utc_offset &apos;%1&apos; is not like +08:00</source>
        <translation>calendar: utc_offset &apos;%1&apos; is not like +08:00</translation>
    </message>
    <message>
        <source>calendar: %1 is a list such as [&quot;09:00-18:00&quot;]</source>
        <translation>calendar: %1 is a list such as [&quot;09:00-18:00&quot;]</translation>
    </message>
    <message>
        <source>calendar: %1[%2] &apos;%3&apos; is not a range like 09:00-18:00</source>
        <translation>calendar: %1[%2] &apos;%3&apos; is not a range like 09:00-18:00</translation>
    </message>
    <message>
        <source>calendar: the ranges of %1 overlap</source>
        <translation>calendar: the ranges of %1 overlap</translation>
    </message>
    <message>
        <source>calendar: &apos;week&apos; gives the working hours of mon … sun</source>
        <translation>calendar: &apos;week&apos; gives the working hours of mon … sun</translation>
    </message>
    <message>
        <source>calendar: %1 is a list of dates</source>
        <translation>calendar: %1 is a list of dates</translation>
    </message>
    <message>
        <source>calendar: %1[%2] is not a date (YYYY-MM-DD) or a range {&quot;from&quot;, &quot;to&quot;}</source>
        <translation>calendar: %1[%2] is not a date (YYYY-MM-DD) or a range {&quot;from&quot;, &quot;to&quot;}</translation>
    </message>
    <message>
        <source>calendar: %1 is both a holiday and a working day</source>
        <translation>calendar: %1 is both a holiday and a working day</translation>
    </message>
    <message>
        <source>calendar: the name is longer than %1 characters or holds a control character</source>
        <translation></translation>
    </message>
    <message>
        <source>calendar: %1[%2] has a name longer than %3 characters or with a control character</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContentGate</name>
    <message>
        <source>no platform: say which platform the template is written for</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContentService</name>
    <message>
        <source>no such template or script</source>
        <translation></translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a segment; use high_value, high_activity, new_user or none</source>
        <translation>&apos;%1&apos; is not a segment; use high_value, high_activity, new_user or none</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a platform Lingxi checks content for</source>
        <translation>&apos;%1&apos; is not a platform Lingxi checks content for</translation>
    </message>
    <message>
        <source>a tag may not contain &apos;|&apos;: %1</source>
        <translation>a tag may not contain &apos;|&apos;: %1</translation>
    </message>
    <message>
        <source>no template for the industry &apos;%1&apos; suits this user</source>
        <translation>no template for the industry &apos;%1&apos; suits this user</translation>
    </message>
    <message>
        <source>chosen because the user has not consented to profiling, so only templates written for everyone are considered and no personal values are used</source>
        <translation>chosen because the user has not consented to profiling, so only templates written for everyone are considered and no personal values are used</translation>
    </message>
    <message>
        <source>%1 has no version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation></translation>
    </message>
    <message>
        <source>the reason is at most 500 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>version %1 of %2 passes the quality gate; there is nothing to override</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: version %2 of “%3” is blocked by the quality gate (%4); fix it, or a supervisor may override the gate with a reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8</source>
        <translation></translation>
    </message>
    <message>
        <source>the record on line %1 is longer than %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Click-through</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>Customer messages</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA breaches</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Median first reply</translation>
    </message>
    <message>
        <source>Callbacks open</source>
        <translation>Callbacks open</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>First reply</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>the dashboard has no rows behind &apos;%1&apos;</source>
        <translation>the dashboard has no rows behind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>My replies</source>
        <translation>My replies</translation>
    </message>
    <message>
        <source>My conversations now</source>
        <translation>My conversations now</translation>
    </message>
    <message>
        <source>no dashboard for this role</source>
        <translation>no dashboard for this role</translation>
    </message>
    <message>
        <source>marketers see the marketing figures of the dashboard</source>
        <translation>marketers see the marketing figures of the dashboard</translation>
    </message>
    <message>
        <source>agents see the figures of their own work</source>
        <translation>agents see the figures of their own work</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>DefaultLexicons</name>
    <message>
        <source>Advertising Law: absolute claims</source>
        <translation></translation>
    </message>
    <message>
        <source>Medical and efficacy claims</source>
        <translation></translation>
    </message>
    <message>
        <source>Promised returns</source>
        <translation></translation>
    </message>
    <message>
        <source>Platform rules</source>
        <translation></translation>
    </message>
    <message>
        <source>Known false positives</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>%1 already exists; the demo workspace needs a new file</source>
        <translation></translation>
    </message>
    <message>
        <source>Creating the admin account</source>
        <translation></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording the team&apos;s first logins</source>
        <translation></translation>
    </message>
    <message>
        <source>Marking the workspace as a demo</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo workspace ready</source>
        <translation></translation>
    </message>
    <message>
        <source>the demo graph has %1 bad record(s): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the skincare knowledge graph</source>
        <translation></translation>
    </message>
    <message>
        <source>Generating 3,000 users and their last 60 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening the conversation desk</source>
        <translation>Opening the conversation desk</translation>
    </message>
    <message>
        <source>Training the demo&apos;s sentiment model</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeskReplay</name>
    <message>
        <source>not JSON (%1 at character %2)</source>
        <translation>not JSON (%1 at character %2)</translation>
    </message>
    <message>
        <source>a message is a JSON object</source>
        <translation>a message is a JSON object</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing (a string or a number)</source>
        <translation>&quot;id&quot; is missing (a string or a number)</translation>
    </message>
    <message>
        <source>&quot;conversation&quot; is missing (a string or a number)</source>
        <translation>&quot;conversation&quot; is missing (a string or a number)</translation>
    </message>
    <message>
        <source>&quot;time&quot; is not an ISO-8601 date and time: &apos;%1&apos;</source>
        <translation>&quot;time&quot; is not an ISO-8601 date and time: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&quot;text&quot; is missing</source>
        <translation>&quot;text&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;vip&quot; is true or false</source>
        <translation>&quot;vip&quot; is true or false</translation>
    </message>
    <message>
        <source>no &quot;sentiment&quot; given and no active sentiment model to classify the text</source>
        <translation>no &quot;sentiment&quot; given and no active sentiment model to classify the text</translation>
    </message>
    <message>
        <source>&quot;sentiment&quot; is positive, neutral or negative, not &apos;%1&apos;</source>
        <translation>&quot;sentiment&quot; is positive, neutral or negative, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1: longer than %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeskService</name>
    <message>
        <source>channel &apos;%1&apos; is not one of %2</source>
        <translation>channel &apos;%1&apos; is not one of %2</translation>
    </message>
    <message>
        <source>a message needs its conversation id</source>
        <translation>a message needs its conversation id</translation>
    </message>
    <message>
        <source>the message has no text</source>
        <translation>the message has no text</translation>
    </message>
    <message>
        <source>there is no conversation number %1</source>
        <translation>there is no conversation number %1</translation>
    </message>
    <message>
        <source>%1 already holds this conversation</source>
        <translation>%1 already holds this conversation</translation>
    </message>
    <message>
        <source>this conversation cannot be taken now (it is %1)</source>
        <translation>this conversation cannot be taken now (it is %1)</translation>
    </message>
    <message>
        <source>this conversation is closed</source>
        <translation>this conversation is closed</translation>
    </message>
    <message>
        <source>only the person who holds a conversation hands it back</source>
        <translation>only the person who holds a conversation hands it back</translation>
    </message>
    <message>
        <source>the bot already has this conversation</source>
        <translation>the bot already has this conversation</translation>
    </message>
    <message>
        <source>take the conversation before closing it</source>
        <translation>take the conversation before closing it</translation>
    </message>
    <message>
        <source>the conversation is already with the supervisors</source>
        <translation>the conversation is already with the supervisors</translation>
    </message>
    <message>
        <source>%1 holds this conversation</source>
        <translation>%1 holds this conversation</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>the reply is empty</translation>
    </message>
    <message>
        <source>take the conversation over before replying</source>
        <translation>take the conversation over before replying</translation>
    </message>
    <message>
        <source>there is no active agent called &apos;%1&apos;</source>
        <translation>there is no active agent called &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 now holds %2 conversations, over the capacity of %3</source>
        <translation>%1 now holds %2 conversations, over the capacity of %3</translation>
    </message>
    <message>
        <source>%1 is at capacity (%2 of %3); assign anyway to go over it</source>
        <translation>%1 is at capacity (%2 of %3); assign anyway to go over it</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source>a capacity is from 0 to 100 conversations</source>
        <translation>a capacity is from 0 to 100 conversations</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an active agent or supervisor</source>
        <translation>&apos;%1&apos; is not an active agent or supervisor</translation>
    </message>
    <message>
        <source>this conversation is with someone else</source>
        <translation>this conversation is with someone else</translation>
    </message>
    <message>
        <source>there is no script number %1</source>
        <translation>there is no script number %1</translation>
    </message>
    <message>
        <source>A/B test %1: this user is not enrolled (no consent to marketing on record)</source>
        <translation>A/B test %1: this user is not enrolled (no consent to marketing on record)</translation>
    </message>
    <message>
        <source>A/B test %1: variant %2 has lost its script version</source>
        <translation>A/B test %1: variant %2 has lost its script version</translation>
    </message>
    <message>
        <source>A/B test %1 “%2”: this user sees variant %3</source>
        <translation>A/B test %1 “%2”: this user sees variant %3</translation>
    </message>
    <message>
        <source>the first reply was overdue: %1 has a new %2-minute clock, until %3</source>
        <translation></translation>
    </message>
    <message>
        <source>the conversation or user id is longer than %1 characters or holds a control character</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DialogueFlow</name>
    <message>
        <source>the dialogue flows are not valid JSON at byte %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>flow %1 needs an id and exactly three rounds</source>
        <translation></translation>
    </message>
    <message>
        <source>flow %1, round %2 says nothing</source>
        <translation></translation>
    </message>
    <message>
        <source>flow %1, round %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>a dialogue has rounds 1 to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>opening</source>
        <translation></translation>
    </message>
    <message>
        <source>no branch matched the answer; default</source>
        <translation></translation>
    </message>
    <message>
        <source>the answer mentions “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>the answer is %1</source>
        <translation></translation>
    </message>
    <message>
        <source>round %1 has no branch for this answer and no default</source>
        <translation></translation>
    </message>
    <message>
        <source>flow %1, round %2: sentiment is positive, neutral or negative, not &apos;%3&apos;</source>
        <translation>flow %1, round %2: sentiment is positive, neutral or negative, not &apos;%3&apos;</translation>
    </message>
    <message>
        <source>flow %1 needs an id and a name</source>
        <translation>flow %1 needs an id and a name</translation>
    </message>
    <message>
        <source>two flows have the id %1</source>
        <translation>two flows have the id %1</translation>
    </message>
    <message>
        <source>%1: a flow has exactly three rounds</source>
        <translation>%1: a flow has exactly three rounds</translation>
    </message>
    <message>
        <source>%1, round %2 says nothing</source>
        <translation>%1, round %2 says nothing</translation>
    </message>
    <message>
        <source>%1, round %2, line %3 says nothing</source>
        <translation>%1, round %2, line %3 says nothing</translation>
    </message>
    <message>
        <source>%1, round %2, line %3: %4</source>
        <translation>%1, round %2, line %3: %4</translation>
    </message>
    <message>
        <source>%1, round %2, line %3 has no condition: give a sentiment or keywords, or make it the default</source>
        <translation>%1, round %2, line %3 has no condition: give a sentiment or keywords, or make it the default</translation>
    </message>
    <message>
        <source>%1, round %2: the default line comes last, after the lines with conditions</source>
        <translation>%1, round %2: the default line comes last, after the lines with conditions</translation>
    </message>
    <message>
        <source>%1, round %2 has no default line: an answer that matches no condition would leave the user without a reply</source>
        <translation>%1, round %2 has no default line: an answer that matches no condition would leave the user without a reply</translation>
    </message>
</context>
<context>
    <name>DialogueService</name>
    <message>
        <source>cannot read the dialogue flows: %1</source>
        <translation>cannot read the dialogue flows: %1</translation>
    </message>
    <message>
        <source>the bot cannot follow &apos;%1&apos;: there is no such flow</source>
        <translation>the bot cannot follow &apos;%1&apos;: there is no such flow</translation>
    </message>
</context>
<context>
    <name>EscalationPolicy</name>
    <message>
        <source>desk policy: %1 is a whole number from %2 to %3</source>
        <translation>desk policy: %1 is a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>desk policy: %1 is a number from 0 to 1</source>
        <translation>desk policy: %1 is a number from 0 to 1</translation>
    </message>
    <message>
        <source>VIP user</source>
        <translation>VIP user</translation>
    </message>
    <message>
        <source>several questions in one message</source>
        <translation>several questions in one message</translation>
    </message>
    <message>
        <source>complaint words</source>
        <translation>complaint words</translation>
    </message>
    <message>
        <source>very long message</source>
        <translation>very long message</translation>
    </message>
    <message>
        <source>the model is unsure of the sentiment</source>
        <translation>the model is unsure of the sentiment</translation>
    </message>
    <message>
        <source>asks for a person</source>
        <translation>asks for a person</translation>
    </message>
</context>
<context>
    <name>ExperimentService</name>
    <message>
        <source>no experiment number %1</source>
        <translation></translation>
    </message>
    <message>
        <source>an experiment needs a name</source>
        <translation></translation>
    </message>
    <message>
        <source>an experiment has two or three variants, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the primary metric is click_through, conversion or engagement, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a guardrail metric here</source>
        <translation></translation>
    </message>
    <message>
        <source>the experiment must end after it starts</source>
        <translation></translation>
    </message>
    <message>
        <source>two variants are labelled %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the weight of variant %1 must be positive</source>
        <translation></translation>
    </message>
    <message>
        <source>variant %1: there is no template or script number %2</source>
        <translation></translation>
    </message>
    <message>
        <source>variant %1: %2 has no version %3</source>
        <translation></translation>
    </message>
    <message>
        <source>the variants of one experiment are all templates or all scripts</source>
        <translation></translation>
    </message>
    <message>
        <source>an experiment goes from draft to running to stopped; this one is %1</source>
        <translation></translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GraphCsv</name>
    <message>
        <source>the header has no &apos;%1&apos; column (it has: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GraphFiles</name>
    <message>
        <source>Cypher scripts are written for Neo4j; Lingxi does not read them back (use JSON, GraphML or CSV)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation></translation>
    </message>
    <message>
        <source>a graph file</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GraphImporter</name>
    <message>
        <source>line %1</source>
        <translation></translation>
    </message>
    <message>
        <source>an earlier record</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown concept type &apos;%1&apos; (known: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown relation type &apos;%1&apos; (known: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>duplicate: the concept &apos;%1&apos; (%2) is already on %3</source>
        <translation></translation>
    </message>
    <message>
        <source>duplicate: the id &apos;%1&apos; is used by an earlier concept</source>
        <translation></translation>
    </message>
    <message>
        <source>ambiguous endpoint: &apos;%1&apos; names %2 concepts of the file; use their ids</source>
        <translation></translation>
    </message>
    <message>
        <source>ambiguous endpoint: &apos;%1&apos; names %2 concepts of the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>missing endpoint: no concept &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>a concept cannot be related to itself (&apos;%1&apos;)</source>
        <translation></translation>
    </message>
    <message>
        <source>duplicate: a %1 relation from &apos;%2&apos; to &apos;%3&apos; is already on %4</source>
        <translation></translation>
    </message>
    <message>
        <source>the name or an alias holds a control character (a NUL, a line break …)</source>
        <translation></translation>
    </message>
    <message>
        <source>the name is longer than %1 characters</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GraphJson</name>
    <message>
        <source>bad weight: not a number</source>
        <translation></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the file should hold one JSON object with &quot;concepts&quot; and &quot;relations&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;concepts&quot; should be a list</source>
        <translation></translation>
    </message>
    <message>
        <source>a concept should be a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;relations&quot; should be a list</source>
        <translation></translation>
    </message>
    <message>
        <source>a relation should be a JSON object</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GraphMl</name>
    <message>
        <source>nested graphs are not supported; their nodes are skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>hyperedges are not supported</source>
        <translation></translation>
    </message>
    <message>
        <source>not valid XML: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not a GraphML file (no &lt;graphml&gt; element)</source>
        <translation></translation>
    </message>
    <message>
        <source>the node has no id</source>
        <translation></translation>
    </message>
    <message>
        <source>node %1 has no name or label</source>
        <translation></translation>
    </message>
    <message>
        <source>node %1 (%2) has no type</source>
        <translation></translation>
    </message>
    <message>
        <source>missing endpoint: the edge needs a source and a target</source>
        <translation></translation>
    </message>
    <message>
        <source>the edge has no type</source>
        <translation></translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GraphService</name>
    <message>
        <source>a concept needs a name</source>
        <translation></translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown concept type &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>there is already a %1 named &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>a relation needs both of its concepts</source>
        <translation></translation>
    </message>
    <message>
        <source>a concept cannot be related to itself</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown relation type &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>these two concepts already have a &apos;%1&apos; relation</source>
        <translation></translation>
    </message>
    <message>
        <source>no such concept (it may have been deleted)</source>
        <translation></translation>
    </message>
    <message>
        <source>the concept is already there</source>
        <translation></translation>
    </message>
    <message>
        <source>no such relation (it may have been deleted)</source>
        <translation></translation>
    </message>
    <message>
        <source>a type needs a name of 1 to 64 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>the type &apos;%1&apos; exists already</source>
        <translation></translation>
    </message>
    <message>
        <source>the name holds a control character (a NUL, a line break …)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GraphTypes</name>
    <message>
        <source>Product feature</source>
        <translation></translation>
    </message>
    <message>
        <source>Technical principle</source>
        <translation></translation>
    </message>
    <message>
        <source>Application scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Product</source>
        <translation></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation></translation>
    </message>
    <message>
        <source>contains</source>
        <translation></translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation></translation>
    </message>
    <message>
        <source>affects</source>
        <translation></translation>
    </message>
    <message>
        <source>substitutes</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GraphValidation</name>
    <message>
        <source>bad weight &apos;%1&apos;: not a number</source>
        <translation></translation>
    </message>
    <message>
        <source>bad weight: not a finite number</source>
        <translation></translation>
    </message>
    <message>
        <source>bad weight %1: a relation&apos;s weight lies between 0 and 1</source>
        <translation></translation>
    </message>
    <message>
        <source>bad weight %1: a concept&apos;s weight cannot be negative</source>
        <translation></translation>
    </message>
    <message>
        <source>the concept has no name</source>
        <translation></translation>
    </message>
    <message>
        <source>the concept &apos;%1&apos; has no type</source>
        <translation></translation>
    </message>
    <message>
        <source>missing endpoint: the relation needs a source and a target</source>
        <translation></translation>
    </message>
    <message>
        <source>the relation has no type</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HfCheckpoint</name>
    <message>
        <source>%1 is not a checkpoint folder (a folder with config.json and model.safetensors)</source>
        <translation>%1 is not a checkpoint folder (a folder with config.json and model.safetensors)</translation>
    </message>
    <message>
        <source>model configuration</source>
        <translation>model configuration</translation>
    </message>
    <message>
        <source>%1 has no readable config.json: %2</source>
        <translation>%1 has no readable config.json: %2</translation>
    </message>
    <message>
        <source>%1 has no config.json</source>
        <translation>%1 has no config.json</translation>
    </message>
    <message>
        <source>%1/config.json is not a JSON object (%2)</source>
        <translation>%1/config.json is not a JSON object (%2)</translation>
    </message>
    <message>
        <source>shard index</source>
        <translation>shard index</translation>
    </message>
    <message>
        <source>%1/%2 has no weight_map</source>
        <translation>%1/%2 has no weight_map</translation>
    </message>
    <message>
        <source>%1/%2 names the shard &apos;%3&apos;, which is not a file in the folder</source>
        <translation>%1/%2 names the shard &apos;%3&apos;, which is not a file in the folder</translation>
    </message>
    <message>
        <source>%1 holds only pytorch_model.bin, a pickled checkpoint that Lingxi does not load (unpickling can run code); convert it to safetensors first (Hugging Face&apos;s convert tool, or save_pretrained(..., safe_serialization=True))</source>
        <translation>%1 holds only pytorch_model.bin, a pickled checkpoint that Lingxi does not load (unpickling can run code); convert it to safetensors first (Hugging Face&apos;s convert tool, or save_pretrained(..., safe_serialization=True))</translation>
    </message>
    <message>
        <source>%1 has no model.safetensors (nor shards with model.safetensors.index.json)</source>
        <translation>%1 has no model.safetensors (nor shards with model.safetensors.index.json)</translation>
    </message>
    <message>
        <source>%1: the shard %2 is missing</source>
        <translation>%1: the shard %2 is missing</translation>
    </message>
    <message>
        <source>%1/%2 says tensor &apos;%3&apos; is in %4, but it is not there</source>
        <translation>%1/%2 says tensor &apos;%3&apos; is in %4, but it is not there</translation>
    </message>
    <message>
        <source>%1 is larger than a workspace model may be (%2)</source>
        <translation>%1 is larger than a workspace model may be (%2)</translation>
    </message>
    <message>
        <source>%1 is not a valid checkpoint pack: %2</source>
        <translation>%1 is not a valid checkpoint pack: %2</translation>
    </message>
    <message>
        <source>it does not start with the pack&apos;s signature</source>
        <translation>it does not start with the pack&apos;s signature</translation>
    </message>
    <message>
        <source>its header size is wrong</source>
        <translation>its header size is wrong</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; is not a checkpoint file of a valid size</source>
        <translation>entry &apos;%1&apos; is not a checkpoint file of a valid size</translation>
    </message>
    <message>
        <source>%1 bytes after the last file</source>
        <translation>%1 bytes after the last file</translation>
    </message>
    <message>
        <source>%1/config.json: &apos;%2&apos; is missing or not a positive whole number</source>
        <translation>%1/config.json: &apos;%2&apos; is missing or not a positive whole number</translation>
    </message>
    <message>
        <source>%1: the weights have no tensor &apos;%2&apos;</source>
        <translation>%1: the weights have no tensor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has shape %3, config.json implies %4</source>
        <translation>%1: tensor &apos;%2&apos; has shape %3, config.json implies %4</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; is %3; weights must be F32, F16 or BF16</source>
        <translation>%1: tensor &apos;%2&apos; is %3; weights must be F32, F16 or BF16</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a directory</source>
        <translation></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte(s)</numerusform>
            <numerusform>%n byte(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>no file named</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: it is %2, not a regular file</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Platform</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation></translation>
    </message>
    <message>
        <source>City tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation></translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation></translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation></translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation></translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation></translation>
    </message>
    <message>
        <source>Web</source>
        <translation></translation>
    </message>
    <message>
        <source>Male</source>
        <translation></translation>
    </message>
    <message>
        <source>Female</source>
        <translation></translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation></translation>
    </message>
    <message>
        <source>18-24</source>
        <translation></translation>
    </message>
    <message>
        <source>25-34</source>
        <translation></translation>
    </message>
    <message>
        <source>35-44</source>
        <translation></translation>
    </message>
    <message>
        <source>45 and over</source>
        <translation></translation>
    </message>
    <message>
        <source>Tier 1 (一线)</source>
        <translation></translation>
    </message>
    <message>
        <source>New tier 1 (新一线)</source>
        <translation></translation>
    </message>
    <message>
        <source>Tier 2-3 (二三线)</source>
        <translation></translation>
    </message>
    <message>
        <source>Tier 3-4 and below (三四线及以下)</source>
        <translation></translation>
    </message>
    <message>
        <source>Student</source>
        <translation></translation>
    </message>
    <message>
        <source>White-collar</source>
        <translation></translation>
    </message>
    <message>
        <source>Professional / technical</source>
        <translation></translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>High value</source>
        <translation></translation>
    </message>
    <message>
        <source>High activity</source>
        <translation></translation>
    </message>
    <message>
        <source>New user</source>
        <translation></translation>
    </message>
    <message>
        <source>Mostly positive</source>
        <translation></translation>
    </message>
    <message>
        <source>Mostly neutral</source>
        <translation></translation>
    </message>
    <message>
        <source>Mostly negative</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Personalised recommendation</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Sensitive data (separate consent)</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: a row is city,short,province,tier</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: the city is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: tier &apos;%2&apos; is not one of %3</source>
        <translation></translation>
    </message>
    <message>
        <source>the table has no cities</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LexiconFile</name>
    <message>
        <source>empty line</source>
        <translation></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no lexicon folder %1</source>
        <translation></translation>
    </message>
    <message>
        <source>a word list</source>
        <translation></translation>
    </message>
    <message>
        <source>an entry holds a control character (a NUL, a tab, an escape …); no word does</source>
        <translation></translation>
    </message>
    <message>
        <source>an entry is longer than %1 characters; no word is</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LexiconMatcher</name>
    <message>
        <source>the lexicons could not be compiled (entry %1: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the compiled word lists %1 cannot be read</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LexiconService</name>
    <message>
        <source>a list needs a category name</source>
        <translation>a list needs a category name</translation>
    </message>
    <message>
        <source>a category name has at most %1 characters</source>
        <translation>a category name has at most %1 characters</translation>
    </message>
    <message>
        <source>a category name is letters, digits, &apos;_&apos; and &apos;-&apos; only, not &apos;%1&apos;</source>
        <translation>a category name is letters, digits, &apos;_&apos; and &apos;-&apos; only, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read the workspace&apos;s lexicons: %1</source>
        <translation>cannot read the workspace&apos;s lexicons: %1</translation>
    </message>
    <message>
        <source>%1 holds no usable word; nothing was changed</source>
        <translation>%1 holds no usable word; nothing was changed</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of an allow-list; pick another name</source>
        <translation>&apos;%1&apos; is the name of an allow-list; pick another name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of a word list; pick another name</source>
        <translation>&apos;%1&apos; is the name of a word list; pick another name</translation>
    </message>
    <message>
        <source>the workspace has no list &apos;%1&apos; (shipped lists cannot be removed)</source>
        <translation>the workspace has no list &apos;%1&apos; (shipped lists cannot be removed)</translation>
    </message>
</context>
<context>
    <name>LexiconSource</name>
    <message>
        <source>cannot read the word list %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the word list %1 is larger than %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>an operator name has 1 to 64 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>an operator name cannot contain spaces or control characters</source>
        <translation></translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation></translation>
    </message>
    <message>
        <source>no such operator</source>
        <translation></translation>
    </message>
    <message>
        <source>the last active admin cannot be disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>the last active admin must stay an admin</source>
        <translation></translation>
    </message>
    <message>
        <source>your account no longer exists</source>
        <translation></translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation></translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>no output file named</source>
        <translation></translation>
    </message>
    <message>
        <source>a directory</source>
        <translation></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation></translation>
    </message>
    <message>
        <source>will not write %1: it is %2, and writing would replace it; name a file</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>the stored password hash is not in a known format</source>
        <translation></translation>
    </message>
    <message>
        <source>the stored password hash has a malformed parameter</source>
        <translation></translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>the password must not be the operator&apos;s name</source>
        <translation></translation>
    </message>
    <message>
        <source>a password cannot be only spaces</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PointsRules</name>
    <message>
        <source>must be an object</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>rules: not valid JSON (%1 at character %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>rules: must be a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>timezone: missing (a fixed offset such as &quot;+08:00&quot; or &quot;Z&quot;)</source>
        <translation></translation>
    </message>
    <message>
        <source>timezone: &apos;%1&apos; is not a fixed offset such as &quot;+08:00&quot;, &quot;-05:30&quot; or &quot;Z&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>checkin.streak_bonus: must be an object such as {&quot;3&quot;: 5, &quot;7&quot;: 20}</source>
        <translation></translation>
    </message>
    <message>
        <source>checkin.streak_bonus: key &apos;%1&apos; is not a streak length (a whole number from 1)</source>
        <translation></translation>
    </message>
    <message>
        <source>checkin.streak_bonus.%1: must be a whole number from 0 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>levels: must be an array of {&quot;name&quot;, &quot;min&quot;}</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: must be an object {&quot;name&quot;, &quot;min&quot;}</source>
        <translation></translation>
    </message>
    <message>
        <source>%1.name: must be a non-empty string</source>
        <translation></translation>
    </message>
    <message>
        <source>%1.min: must be a whole number from 0</source>
        <translation></translation>
    </message>
    <message>
        <source>leaderboard.period: must be &quot;week&quot; or &quot;month&quot;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>cannot write the reject report %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the import stopped after %1 record(s): %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>a user is PLATFORM:PLATFORM_USER_ID, e.g. wechat:wx_1024, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>platform &apos;%1&apos; is not one of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>no profile %1:%2 in this workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read the profile of %1:%2</source>
        <translation></translation>
    </message>
    <message>
        <source>born %1, so %2 in %3</source>
        <translation></translation>
    </message>
    <message>
        <source>no birth year or age in the data</source>
        <translation></translation>
    </message>
    <message>
        <source>no city in the data</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not in the city table</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2 in the city table</source>
        <translation></translation>
    </message>
    <message>
        <source>no occupation in the data</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches no occupation keyword</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>none of the value rules applies</source>
        <translation></translation>
    </message>
    <message>
        <source>no consent to profiling: not ranked</source>
        <translation></translation>
    </message>
    <message>
        <source>no rated messages yet</source>
        <translation></translation>
    </message>
    <message>
        <source>no profile number %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event type (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>a funnel needs two steps or more</source>
        <translation></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation></translation>
    </message>
    <message>
        <source>Content consumption</source>
        <translation></translation>
    </message>
    <message>
        <source>Video consumption</source>
        <translation></translation>
    </message>
    <message>
        <source>Function</source>
        <translation></translation>
    </message>
    <message>
        <source>the funnel&apos;s window ends before it starts</source>
        <translation></translation>
    </message>
    <message>
        <source>the conversion window must be positive</source>
        <translation></translation>
    </message>
    <message>
        <source>purpose &apos;%1&apos; is not one of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the retention period is 1 to 36,500 days</source>
        <translation></translation>
    </message>
    <message>
        <source>the records are stored, but their tags could not be updated: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the rules are one JSON object, as `profiles rules --export` writes them</source>
        <translation></translation>
    </message>
    <message>
        <source>the rules need interests, positive counts and days, and shares between 0 and 1</source>
        <translation></translation>
    </message>
    <message>
        <source>agents see a profile only while they hold a conversation with that user</source>
        <translation>agents see a profile only while they hold a conversation with that user</translation>
    </message>
</context>
<context>
    <name>ProfileTagger</name>
    <message>
        <source>High-frequency buyer</source>
        <translation></translation>
    </message>
    <message>
        <source>Impulse buyer</source>
        <translation></translation>
    </message>
    <message>
        <source>Brand-loyal</source>
        <translation></translation>
    </message>
    <message>
        <source>Price-sensitive</source>
        <translation></translation>
    </message>
    <message>
        <source>Potential influencer</source>
        <translation></translation>
    </message>
    <message>
        <source>Core fan</source>
        <translation></translation>
    </message>
    <message>
        <source>Ordinary fan</source>
        <translation></translation>
    </message>
    <message>
        <source>of %1 message(s): %2 positive, %3 neutral, %4 negative</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 engagements in %2 days with content tagged %3 (rule: at least %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 purchases in %2 days (rule: at least %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 purchases within %3 minutes of first seeing the item (rule: at least %4 %)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 purchases with a coupon (rule: at least %3 %)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 branded purchases from %3 (rule: at least %4 %)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 followers (rule: at least %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 followers and %2 shares in %3 days (rule: %4 followers and %5 shares)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 likes, comments, shares or favourites in %2 days (rule: at least %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 likes, comments, shares or favourites in %2 days</source>
        <translation></translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation></translation>
    </message>
    <message>
        <source>spent %1 in %2 days (rule: at least %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 events in %2 days (rule: at least %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>first seen %1 day(s) ago (rule: at most %2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>the key that protects this workspace&apos;s pseudonyms is not on this machine (expected at %1); copy it from the machine that created the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>the key file %1 does not belong to this workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>no secure random numbers for the workspace key</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write the workspace key to %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>QualityGate</name>
    <message>
        <source>%1 characters; %2 expects %3 to %4</source>
        <translation></translation>
    </message>
    <message>
        <source>industry terms cover %1 % of the text; %2 content allows %3 %</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” (%2) at %3: %4</source>
        <translation></translation>
    </message>
    <message>
        <source>no value for the variable {%1}</source>
        <translation></translation>
    </message>
    <message>
        <source>WeChat Moments</source>
        <translation></translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation></translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation></translation>
    </message>
    <message>
        <source>a chat reply</source>
        <translation></translation>
    </message>
    <message>
        <source>technical</source>
        <translation></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation></translation>
    </message>
    <message>
        <source>news</source>
        <translation></translation>
    </message>
    <message>
        <source>reply</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Qwen2Decoder</name>
    <message>
        <source>%1 is a &apos;%2&apos; model; the decoder reads Qwen2-family checkpoints (model_type qwen2)</source>
        <translation>%1 is a &apos;%2&apos; model; the decoder reads Qwen2-family checkpoints (model_type qwen2)</translation>
    </message>
    <message>
        <source>%1/config.json: the activation &apos;%2&apos; is not supported (silu is)</source>
        <translation>%1/config.json: the activation &apos;%2&apos; is not supported (silu is)</translation>
    </message>
    <message>
        <source>%1/config.json: %2 attention heads do not divide into %3 key/value heads of an even size</source>
        <translation>%1/config.json: %2 attention heads do not divide into %3 key/value heads of an even size</translation>
    </message>
    <message>
        <source>%1/config.json: rope_scaling &apos;%2&apos; is not supported</source>
        <translation>%1/config.json: rope_scaling &apos;%2&apos; is not supported</translation>
    </message>
    <message>
        <source>%1 has no tokenizer.json</source>
        <translation>%1 has no tokenizer.json</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1: the tokenizer has %2 ids but the model only %3 (vocab_size)</source>
        <translation>%1: the tokenizer has %2 ids but the model only %3 (vocab_size)</translation>
    </message>
    <message>
        <source>%1: the weights have no lm_head.weight and config.json does not tie it to the embeddings</source>
        <translation>%1: the weights have no lm_head.weight and config.json does not tie it to the embeddings</translation>
    </message>
    <message>
        <source>the prompt has no tokens</source>
        <translation>the prompt has no tokens</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary</source>
        <translation>token id %1 is outside the vocabulary</translation>
    </message>
    <message>
        <source>sampling needs a positive temperature, top-p in (0, 1] and a positive repetition penalty</source>
        <translation>sampling needs a positive temperature, top-p in (0, 1] and a positive repetition penalty</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>line %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (jsonl, csv or xml)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the header cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header row</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the header has no platform_user_id column</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not an XML file: %2 (line %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>no root element</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) more than the header has</source>
        <translation>
            <numerusform>%n field more than the header has</numerusform>
            <numerusform>%n fields more than the header has</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation></translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>XML error: %1; the rest of the file cannot be read</source>
        <translation></translation>
    </message>
    <message>
        <source>the line is longer than %1</source>
        <translation></translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation></translation>
    </message>
    <message>
        <source>the record is larger than %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>platform is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>platform_user_id is missing</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>phone has %n digit(s); a phone number has 5 to 15</source>
        <translation>
            <numerusform>phone has %n digit; a phone number has 5 to 15</numerusform>
            <numerusform>phone has %n digits; a phone number has 5 to 15</numerusform>
        </translation>
    </message>
    <message>
        <source>phone is not a mainland mobile number (1[3-9]…)</source>
        <translation></translation>
    </message>
    <message>
        <source>id_card is not a valid ID-card number (length or check digit)</source>
        <translation></translation>
    </message>
    <message>
        <source>consents is not a JSON list of {purpose, granted, time, source}</source>
        <translation></translation>
    </message>
    <message>
        <source>consent %1: granted must be true or false</source>
        <translation></translation>
    </message>
    <message>
        <source>time is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>type is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>impression</source>
        <translation></translation>
    </message>
    <message>
        <source>click</source>
        <translation></translation>
    </message>
    <message>
        <source>conversion</source>
        <translation></translation>
    </message>
    <message>
        <source>like</source>
        <translation></translation>
    </message>
    <message>
        <source>comment</source>
        <translation></translation>
    </message>
    <message>
        <source>share</source>
        <translation></translation>
    </message>
    <message>
        <source>favourite</source>
        <translation></translation>
    </message>
    <message>
        <source>view</source>
        <translation></translation>
    </message>
    <message>
        <source>add to cart</source>
        <translation></translation>
    </message>
    <message>
        <source>purchase</source>
        <translation></translation>
    </message>
    <message>
        <source>register</source>
        <translation></translation>
    </message>
    <message>
        <source>review</source>
        <translation></translation>
    </message>
    <message>
        <source>read to the end</source>
        <translation></translation>
    </message>
    <message>
        <source>watched to the end</source>
        <translation></translation>
    </message>
    <message>
        <source>sign-up</source>
        <translation></translation>
    </message>
    <message>
        <source>take part</source>
        <translation></translation>
    </message>
    <message>
        <source>complete</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>platform is not one of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>platform_user_id is longer than %1 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>platform_user_id holds a control character (a NUL, a line break …)</source>
        <translation></translation>
    </message>
    <message>
        <source>phone holds a character that is not a digit</source>
        <translation></translation>
    </message>
    <message>
        <source>gender is not male, female or unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>birth_year is not a year between 1900 and %1</source>
        <translation></translation>
    </message>
    <message>
        <source>age is not a whole number from 0 to 120</source>
        <translation></translation>
    </message>
    <message>
        <source>followers is not a whole number of zero or more</source>
        <translation></translation>
    </message>
    <message>
        <source>vip is not true or false</source>
        <translation></translation>
    </message>
    <message>
        <source>first_seen is not an ISO-8601 date or time</source>
        <translation></translation>
    </message>
    <message>
        <source>last_seen is not an ISO-8601 date or time</source>
        <translation></translation>
    </message>
    <message>
        <source>consent %1: purpose is not marketing, profiling, contact or sensitive</source>
        <translation></translation>
    </message>
    <message>
        <source>consent %1: time is not an ISO-8601 date or time</source>
        <translation></translation>
    </message>
    <message>
        <source>time is not an ISO-8601 date or time</source>
        <translation></translation>
    </message>
    <message>
        <source>type is not a known event type</source>
        <translation></translation>
    </message>
    <message>
        <source>amount is not a number of zero or more</source>
        <translation></translation>
    </message>
    <message>
        <source>coupon is not true or false</source>
        <translation></translation>
    </message>
    <message>
        <source>sentiment is not positive, neutral or negative</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReplyAssistant</name>
    <message>
        <source>Reply suggestions, summaries and drafts need a Qwen2-family model: download a checkpoint folder once (for example Qwen2.5-0.5B-Instruct, with model.safetensors and tokenizer.json) and choose it in Settings ▸ Reply model.</source>
        <translation>Reply suggestions, summaries and drafts need a Qwen2-family model: download a checkpoint folder once (for example Qwen2.5-0.5B-Instruct, with model.safetensors and tokenizer.json) and choose it in Settings ▸ Reply model.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ReviewLog</name>
    <message>
        <source>the header has no &apos;%1&apos; column (it needs date,predicted,reviewed)</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation></translation>
    </message>
    <message>
        <source>a review needs the predicted and the reviewed label</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>review settings: sample_size 0 to 100000, threshold above 0 up to 1, 1 &lt;= m &lt;= n, min_reviews at least 1</source>
        <translation>review settings: sample_size 0 to 100000, threshold above 0 up to 1, 1 &lt;= m &lt;= n, min_reviews at least 1</translation>
    </message>
    <message>
        <source>a label is positive, neutral or negative</source>
        <translation>a label is positive, neutral or negative</translation>
    </message>
    <message>
        <source>message %1 is not waiting for review</source>
        <translation>message %1 is not waiting for review</translation>
    </message>
</context>
<context>
    <name>SafetensorsFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a safetensors file: %2 bytes, shorter than its 8-byte header size</source>
        <translation>%1 is not a safetensors file: %2 bytes, shorter than its 8-byte header size</translation>
    </message>
    <message>
        <source>cannot map %1: %2</source>
        <translation>cannot map %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid safetensors file: %2</source>
        <translation>%1 is not a valid safetensors file: %2</translation>
    </message>
    <message>
        <source>its header claims %1 bytes, over the limit of %2</source>
        <translation>its header claims %1 bytes, over the limit of %2</translation>
    </message>
    <message>
        <source>its header claims %1 bytes but the file has only %2 after the size</source>
        <translation>its header claims %1 bytes but the file has only %2 after the size</translation>
    </message>
    <message>
        <source>its header is not JSON (%1 at byte %2)</source>
        <translation>its header is not JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>its header is not a JSON object</translation>
    </message>
    <message>
        <source>__metadata__ is not an object</source>
        <translation>__metadata__ is not an object</translation>
    </message>
    <message>
        <source>metadata &apos;%1&apos; is not a string</source>
        <translation>metadata &apos;%1&apos; is not a string</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not described by an object</source>
        <translation>tensor &apos;%1&apos; is not described by an object</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has the unknown dtype &apos;%2&apos; (F32, F16 and BF16 are read)</source>
        <translation>tensor &apos;%1&apos; has the unknown dtype &apos;%2&apos; (F32, F16 and BF16 are read)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; lacks a shape or its two data_offsets</source>
        <translation>tensor &apos;%1&apos; lacks a shape or its two data_offsets</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 dimensions</source>
        <translation>tensor &apos;%1&apos; has %2 dimensions</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a dimension that is not a whole number</source>
        <translation>tensor &apos;%1&apos; has a dimension that is not a whole number</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is too large</source>
        <translation>tensor &apos;%1&apos; is too large</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has offsets that are not whole numbers</source>
        <translation>tensor &apos;%1&apos; has offsets that are not whole numbers</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; ends before it begins</source>
        <translation>tensor &apos;%1&apos; ends before it begins</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; lies past the end of the file (offset %2, %3 data bytes)</source>
        <translation>tensor &apos;%1&apos; lies past the end of the file (offset %2, %3 data bytes)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has %2 bytes, its shape and dtype need %3</source>
        <translation>tensor &apos;%1&apos; has %2 bytes, its shape and dtype need %3</translation>
    </message>
    <message>
        <source>the data has a gap before tensor &apos;%1&apos;</source>
        <translation>the data has a gap before tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; overlaps another</source>
        <translation>tensor &apos;%1&apos; overlaps another</translation>
    </message>
    <message>
        <source>%1 bytes after the last tensor are not described by the header</source>
        <translation>%1 bytes after the last tensor are not described by the header</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>&apos;%1&apos; is not field=value</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation></translation>
    </message>
    <message>
        <source>consent &apos;%1&apos; is not one of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is true or false, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no value &apos;%2&apos; (values: %3)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>the workspace is closed</source>
        <translation></translation>
    </message>
    <message>
        <source>the workspace is busy or read-only: </source>
        <translation></translation>
    </message>
    <message>
        <source>the workspace could not commit: </source>
        <translation></translation>
    </message>
    <message>
        <source>the workspace could not roll back: </source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TemplateMatcher</name>
    <message>
        <source>high-value users</source>
        <translation></translation>
    </message>
    <message>
        <source>highly active users</source>
        <translation></translation>
    </message>
    <message>
        <source>new users</source>
        <translation></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation></translation>
    </message>
    <message>
        <source>chosen because it is written for everyone and the user is in no special segment</source>
        <translation></translation>
    </message>
    <message>
        <source>chosen because no template for %1 fits this scene; it is written for everyone</source>
        <translation></translation>
    </message>
    <message>
        <source>chosen because the user is among %1 and the template is written for them</source>
        <translation></translation>
    </message>
    <message>
        <source>; shared tags: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>; tied with %1, taken by id order</source>
        <translation></translation>
    </message>
    <message>
        <source>; ahead of %1, which shares fewer tags</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>the brace at %1 is never closed (write {{ for a literal brace)</source>
        <translation></translation>
    </message>
    <message>
        <source>“{%1}” at %2 is not a variable name</source>
        <translation></translation>
    </message>
    <message>
        <source>a lone “}” at %1 (write }} for a literal brace)</source>
        <translation></translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Lingxi workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a Lingxi workspace: it is not an SQLite database (damaged or another kind of file)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives an impossible page size</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its size is not a whole number of pages</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 bytes where its header records %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is read-only: Lingxi needs to write to its workspace. Copy it or change its permissions.</source>
        <translation></translation>
    </message>
    <message>
        <source>the folder %1 is read-only: SQLite keeps its write-ahead log beside the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a Lingxi workspace: it is another program&apos;s SQLite database</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was written by a newer Lingxi (schema %2; this version knows up to %3). Update Lingxi to open it; the file was not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no workspace at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot switch %1 to write-ahead logging</source>
        <translation></translation>
    </message>
    <message>
        <source>schema step %1 is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 (%3) failed: %4. The workspace was left as it was.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup</source>
        <translation></translation>
    </message>
    <message>
        <source>the backup cannot replace the workspace itself</source>
        <translation></translation>
    </message>
    <message>
        <source>the workspace connection is not available for backup</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>backup failed: </source>
        <translation></translation>
    </message>
    <message>
        <source>backup cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a regular file, not a workspace</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::inference</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a Lingxi sentiment model</source>
        <translation>not a Lingxi sentiment model</translation>
    </message>
    <message>
        <source>a sentiment model in a format this version does not know</source>
        <translation>a sentiment model in a format this version does not know</translation>
    </message>
    <message>
        <source>the model file is truncated</source>
        <translation>the model file is truncated</translation>
    </message>
    <message>
        <source>the model file is damaged or truncated (checksum mismatch)</source>
        <translation>the model file is damaged or truncated (checksum mismatch)</translation>
    </message>
    <message>
        <source>the model file is damaged (header length)</source>
        <translation>the model file is damaged (header length)</translation>
    </message>
    <message>
        <source>the model file&apos;s header is damaged: %1</source>
        <translation>the model file&apos;s header is damaged: %1</translation>
    </message>
    <message>
        <source>the model was written by a newer Lingxi (format %1, this one reads up to %2)</source>
        <translation>the model was written by a newer Lingxi (format %1, this one reads up to %2)</translation>
    </message>
    <message>
        <source>the model file&apos;s header has no format version</source>
        <translation>the model file&apos;s header has no format version</translation>
    </message>
    <message>
        <source>the model file&apos;s header names %1 labels (2 or 3 expected)</source>
        <translation>the model file&apos;s header names %1 labels (2 or 3 expected)</translation>
    </message>
    <message>
        <source>the model file is damaged (vocabulary)</source>
        <translation>the model file is damaged (vocabulary)</translation>
    </message>
    <message>
        <source>the model file is damaged (tensor %1)</source>
        <translation>the model file is damaged (tensor %1)</translation>
    </message>
    <message>
        <source>the model file is damaged (unexpected trailing data)</source>
        <translation>the model file is damaged (unexpected trailing data)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a header with the columns label and text is needed</source>
        <translation>%1 is empty: a header with the columns label and text is needed</translation>
    </message>
    <message>
        <source>line %1: the header needs the columns label and text</source>
        <translation>line %1: the header needs the columns label and text</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1: unknown label &quot;%2&quot; (positive, neutral, negative, 1 or 0), skipped</source>
        <translation>line %1: unknown label &quot;%2&quot; (positive, neutral, negative, 1 or 0), skipped</translation>
    </message>
    <message>
        <source>line %1: the model has no label %2, skipped</source>
        <translation>line %1: the model has no label %2, skipped</translation>
    </message>
    <message>
        <source>line %1: empty text, skipped</source>
        <translation>line %1: empty text, skipped</translation>
    </message>
    <message>
        <source>%1 has no usable row (%2 skipped)</source>
        <translation>%1 has no usable row (%2 skipped)</translation>
    </message>
    <message>
        <source>The sentiment service stopped</source>
        <translation>The sentiment service stopped</translation>
    </message>
    <message>
        <source>No sentiment model is active: train one in Models and activate it</source>
        <translation>No sentiment model is active: train one in Models and activate it</translation>
    </message>
    <message>
        <source>folds must be between 2 and 20 (5 to 10 is usual)</source>
        <translation>folds must be between 2 and 20 (5 to 10 is usual)</translation>
    </message>
    <message>
        <source>the training data holds one label only (%1): two or three are needed</source>
        <translation>the training data holds one label only (%1): two or three are needed</translation>
    </message>
    <message>
        <source>label %1 has %2 rows, fewer than the %3 folds</source>
        <translation>label %1 has %2 rows, fewer than the %3 folds</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was saved.</source>
        <translation>Training cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>line %1: not UTF-8, skipped</source>
        <translation>line %1: not UTF-8, skipped</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: longer than a term can be, skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: not a term (too long or a control character), skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a space; a term is one token</source>
        <translation>&apos;%1&apos; has a space; a term is one token</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the vocabulary</source>
        <translation>&apos;%1&apos; is already in the vocabulary</translation>
    </message>
</context>
<context>
    <name>lx::inference::ModelRegistry</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A model needs a name</source>
        <translation>A model needs a name</translation>
    </message>
    <message>
        <source>model %1: %2</source>
        <translation>model %1: %2</translation>
    </message>
    <message>
        <source>the workspace has no active sentiment model: train one and activate it (sentiment register / activate)</source>
        <translation>the workspace has no active sentiment model: train one and activate it (sentiment register / activate)</translation>
    </message>
    <message>
        <source>a model file</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no classification head: fine-tune it first (encoder finetune)</source>
        <translation>%1 has no classification head: fine-tune it first (encoder finetune)</translation>
    </message>
    <message>
        <source>%1: the labels %2 are not sentiment labels (positive, neutral, negative)</source>
        <translation>%1: the labels %2 are not sentiment labels (positive, neutral, negative)</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>model %1</translation>
    </message>
</context>
<context>
    <name>lx::inference::SentimentClassifier</name>
    <message>
        <source>the model&apos;s architecture &quot;%1&quot; is not one this version runs</source>
        <translation>the model&apos;s architecture &quot;%1&quot; is not one this version runs</translation>
    </message>
    <message>
        <source>the model file&apos;s weights do not fit its architecture</source>
        <translation>the model file&apos;s weights do not fit its architecture</translation>
    </message>
    <message>
        <source>the model file names an unknown label &quot;%1&quot;</source>
        <translation>the model file names an unknown label &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no CUDA device: this libtorch was built without CUDA or no GPU is present</source>
        <translation>no CUDA device: this libtorch was built without CUDA or no GPU is present</translation>
    </message>
    <message>
        <source>unknown device &quot;%1&quot; (cpu or cuda)</source>
        <translation>unknown device &quot;%1&quot; (cpu or cuda)</translation>
    </message>
</context>
<context>
    <name>lx::inference::TorchScriptClassifier</name>
    <message>
        <source>unknown label &quot;%1&quot; (positive, neutral, negative)</source>
        <translation>unknown label &quot;%1&quot; (positive, neutral, negative)</translation>
    </message>
    <message>
        <source>name two or three different labels, in the order of the model&apos;s outputs</source>
        <translation>name two or three different labels, in the order of the model&apos;s outputs</translation>
    </message>
    <message>
        <source>the maximum length is between 8 and 512 tokens</source>
        <translation>the maximum length is between 8 and 512 tokens</translation>
    </message>
    <message>
        <source>not an imported TorchScript model</source>
        <translation>not an imported TorchScript model</translation>
    </message>
    <message>
        <source>the imported model is damaged (sizes)</source>
        <translation>the imported model is damaged (sizes)</translation>
    </message>
    <message>
        <source>no CUDA device: this libtorch was built without CUDA or no GPU is present</source>
        <translation>no CUDA device: this libtorch was built without CUDA or no GPU is present</translation>
    </message>
    <message>
        <source>not a TorchScript module (torch.jit.save): %1</source>
        <translation>not a TorchScript module (torch.jit.save): %1</translation>
    </message>
    <message>
        <source>a TorchScript module</source>
        <translation></translation>
    </message>
    <message>
        <source>a vocabulary</source>
        <translation></translation>
    </message>
    <message>
        <source>the imported model is damaged (labels or length)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::inference::TorchScriptClassifier::Impl</name>
    <message>
        <source>the TorchScript model does not return a tensor of scores</source>
        <translation>the TorchScript model does not return a tensor of scores</translation>
    </message>
    <message>
        <source>the TorchScript model answers %1 score(s) per text, the import names %2 label(s)</source>
        <translation>the TorchScript model answers %1 score(s) per text, the import names %2 label(s)</translation>
    </message>
    <message>
        <source>the TorchScript model failed: %1</source>
        <translation>the TorchScript model failed: %1</translation>
    </message>
</context>
<context>
    <name>lx::inference::WordPieceTokenizer</name>
    <message>
        <source>the WordPiece vocabulary is not UTF-8</source>
        <translation>the WordPiece vocabulary is not UTF-8</translation>
    </message>
    <message>
        <source>the WordPiece vocabulary has no %1 token</source>
        <translation>the WordPiece vocabulary has no %1 token</translation>
    </message>
</context>
<context>
    <name>lx::models::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <source>Target</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation></translation>
    </message>
    <message>
        <source>Created the first admin</source>
        <translation></translation>
    </message>
    <message>
        <source>Added an operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Disabled an operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Enabled an operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlocked an account</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation></translation>
    </message>
    <message>
        <source>Backed up the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>Installed the shipped templates and scripts</source>
        <translation></translation>
    </message>
    <message>
        <source>Created a template</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved a template version</source>
        <translation></translation>
    </message>
    <message>
        <source>Set whom a template is for</source>
        <translation></translation>
    </message>
    <message>
        <source>Let a blocked template out</source>
        <translation></translation>
    </message>
    <message>
        <source>Created a script</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved a script version</source>
        <translation></translation>
    </message>
    <message>
        <source>Set whom a script is for</source>
        <translation></translation>
    </message>
    <message>
        <source>Let a blocked script out</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved the bot&apos;s dialogue flows</source>
        <translation></translation>
    </message>
    <message>
        <source>Added a word list</source>
        <translation></translation>
    </message>
    <message>
        <source>Replaced a word list</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed a word list</source>
        <translation></translation>
    </message>
    <message>
        <source>Defined an experiment</source>
        <translation></translation>
    </message>
    <message>
        <source>Started an experiment</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped an experiment</source>
        <translation></translation>
    </message>
    <message>
        <source>Conversation changed state</source>
        <translation></translation>
    </message>
    <message>
        <source>Took over a conversation</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned a conversation</source>
        <translation></translation>
    </message>
    <message>
        <source>Reassigned a conversation</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed presence</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed the routing rules</source>
        <translation></translation>
    </message>
    <message>
        <source>Set the business calendar</source>
        <translation></translation>
    </message>
    <message>
        <source>Set the desk&apos;s template values</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported complaints</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported profiles</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed the tag rules</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed the city tiers</source>
        <translation></translation>
    </message>
    <message>
        <source>Recorded a withdrawal of consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported a user&apos;s personal data</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted a user&apos;s personal data</source>
        <translation></translation>
    </message>
    <message>
        <source>Purged data past retention</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed the retention period</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported into the knowledge graph</source>
        <translation></translation>
    </message>
    <message>
        <source>Added a concept</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed a concept</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted a concept</source>
        <translation></translation>
    </message>
    <message>
        <source>Restored a concept</source>
        <translation></translation>
    </message>
    <message>
        <source>Added a relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed a relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted a relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Added a concept type</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved the graph layout</source>
        <translation></translation>
    </message>
    <message>
        <source>Registered a sentiment model</source>
        <translation></translation>
    </message>
    <message>
        <source>Activated a sentiment model</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewed a model answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed the model-quality settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported reviewed samples</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed the dashboard targets</source>
        <translation></translation>
    </message>
    <message>
        <source>from</source>
        <translation></translation>
    </message>
    <message>
        <source>to</source>
        <translation></translation>
    </message>
    <message>
        <source>reason</source>
        <translation></translation>
    </message>
    <message>
        <source>role</source>
        <translation></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation></translation>
    </message>
    <message>
        <source>items</source>
        <translation></translation>
    </message>
    <message>
        <source>version</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>metric</source>
        <translation></translation>
    </message>
    <message>
        <source>variants</source>
        <translation></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <source>read</source>
        <translation></translation>
    </message>
    <message>
        <source>added</source>
        <translation></translation>
    </message>
    <message>
        <source>updated</source>
        <translation></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>holidays</source>
        <translation></translation>
    </message>
    <message>
        <source>extra working days</source>
        <translation></translation>
    </message>
    <message>
        <source>blocked by</source>
        <translation></translation>
    </message>
    <message>
        <source>permission</source>
        <translation></translation>
    </message>
    <message>
        <source>agent</source>
        <translation></translation>
    </message>
    <message>
        <source>source</source>
        <translation></translation>
    </message>
    <message>
        <source>platform</source>
        <translation></translation>
    </message>
    <message>
        <source>audience</source>
        <translation></translation>
    </message>
    <message>
        <source>tags</source>
        <translation></translation>
    </message>
    <message>
        <source>category</source>
        <translation></translation>
    </message>
    <message>
        <source>words</source>
        <translation></translation>
    </message>
    <message>
        <source>flows</source>
        <translation></translation>
    </message>
    <message>
        <source>bot flow</source>
        <translation></translation>
    </message>
    <message>
        <source>concepts added</source>
        <translation></translation>
    </message>
    <message>
        <source>concepts updated</source>
        <translation></translation>
    </message>
    <message>
        <source>relations added</source>
        <translation></translation>
    </message>
    <message>
        <source>relations updated</source>
        <translation></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>online</source>
        <translation></translation>
    </message>
    <message>
        <source>busy</source>
        <translation></translation>
    </message>
    <message>
        <source>away</source>
        <translation></translation>
    </message>
    <message>
        <source>offline</source>
        <translation></translation>
    </message>
    <message>
        <source>length</source>
        <translation></translation>
    </message>
    <message>
        <source>term density</source>
        <translation></translation>
    </message>
    <message>
        <source>compliance</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown variable</source>
        <translation></translation>
    </message>
    <message>
        <source>no platform</source>
        <translation></translation>
    </message>
    <message>
        <source>template syntax</source>
        <translation></translation>
    </message>
    <message>
        <source>click-through rate</source>
        <translation></translation>
    </message>
    <message>
        <source>conversion rate</source>
        <translation></translation>
    </message>
    <message>
        <source>engagement rate</source>
        <translation></translation>
    </message>
    <message>
        <source>the bot answered</source>
        <translation></translation>
    </message>
    <message>
        <source>the bot soothed a complaint</source>
        <translation></translation>
    </message>
    <message>
        <source>the agent was told</source>
        <translation></translation>
    </message>
    <message>
        <source>a callback is due</source>
        <translation></translation>
    </message>
    <message>
        <source>third complaint in a row: to the supervisors</source>
        <translation></translation>
    </message>
    <message>
        <source>the supervisors were told</source>
        <translation></translation>
    </message>
    <message>
        <source>queued for a person</source>
        <translation></translation>
    </message>
    <message>
        <source>no action</source>
        <translation></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation></translation>
    </message>
    <message>
        <source>two or more questions</source>
        <translation></translation>
    </message>
    <message>
        <source>complaint words</source>
        <translation></translation>
    </message>
    <message>
        <source>long message</source>
        <translation></translation>
    </message>
    <message>
        <source>low model confidence</source>
        <translation></translation>
    </message>
    <message>
        <source>asked for a person</source>
        <translation></translation>
    </message>
    <message>
        <source>taken over</source>
        <translation></translation>
    </message>
    <message>
        <source>handed back to the bot</source>
        <translation></translation>
    </message>
    <message>
        <source>escalated by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>closed</source>
        <translation></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation></translation>
    </message>
    <message>
        <source>escalated to the supervisors</source>
        <translation></translation>
    </message>
    <message>
        <source>first-reply deadline missed</source>
        <translation></translation>
    </message>
    <message>
        <source>24-hour callback deadline missed</source>
        <translation></translation>
    </message>
    <message>
        <source>overdue first reply acknowledged</source>
        <translation></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>load</source>
        <translation></translation>
    </message>
    <message>
        <source>allow-list</source>
        <translation></translation>
    </message>
    <message>
        <source>bad lines</source>
        <translation></translation>
    </message>
    <message>
        <source>kind</source>
        <translation></translation>
    </message>
    <message>
        <source>mean accuracy</source>
        <translation></translation>
    </message>
    <message>
        <source>mean macro F1</source>
        <translation></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation></translation>
    </message>
    <message>
        <source>data SHA-256</source>
        <translation></translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>count</source>
        <translation></translation>
    </message>
    <message>
        <source>rows</source>
        <translation></translation>
    </message>
    <message>
        <source>days</source>
        <translation></translation>
    </message>
    <message>
        <source>retention (days)</source>
        <translation></translation>
    </message>
    <message>
        <source>label</source>
        <translation></translation>
    </message>
    <message>
        <source>state</source>
        <translation></translation>
    </message>
    <message>
        <source>target</source>
        <translation></translation>
    </message>
    <message>
        <source>value</source>
        <translation></translation>
    </message>
    <message>
        <source>type</source>
        <translation></translation>
    </message>
    <message>
        <source>title</source>
        <translation></translation>
    </message>
    <message>
        <source>users</source>
        <translation></translation>
    </message>
    <message>
        <source>granted</source>
        <translation></translation>
    </message>
    <message>
        <source>folds</source>
        <translation></translation>
    </message>
    <message>
        <source>format</source>
        <translation></translation>
    </message>
    <message>
        <source>description</source>
        <translation></translation>
    </message>
    <message>
        <source>relations</source>
        <translation></translation>
    </message>
    <message>
        <source>concepts</source>
        <translation></translation>
    </message>
    <message>
        <source>weight</source>
        <translation></translation>
    </message>
    <message>
        <source>before</source>
        <translation></translation>
    </message>
    <message>
        <source>after</source>
        <translation></translation>
    </message>
    <message>
        <source>sample size</source>
        <translation></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::models::OperatorTableModel</name>
    <message>
        <source>Disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation></translation>
    </message>
    <message>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <source>never</source>
        <translation></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::models::ProfileTableModel</name>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation></translation>
    </message>
    <message>
        <source>City</source>
        <translation></translation>
    </message>
    <message>
        <source>City tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation></translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::models::QueueTableModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>With agent</source>
        <translation>With agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>callback</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (paused)</translation>
    </message>
    <message>
        <source>First reply due %1</source>
        <translation>First reply due %1</translation>
    </message>
    <message>
        <source>Callback due %1 (%2 open)</source>
        <translation>Callback due %1 (%2 open)</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Streak</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>New message from the customer since you last looked or replied</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::AboutDialog</name>
    <message>
        <source>About Lingxi</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h2&gt;灵犀 Lingxi&lt;/h2&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>An operator workstation for social marketing and customer service on Chinese platforms: conversation takeover and escalation queues for agents, templates and A/B tests for marketers, queues, SLAs and model quality for supervisors.</source>
        <translation></translation>
    </message>
    <message>
        <source>Components:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::AccountWidget</name>
    <message>
        <source>Role: %1 · logged in at %2</source>
        <translation></translation>
    </message>
    <message>
        <source>What your role allows</source>
        <translation></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation></translation>
    </message>
    <message>
        <source>New password</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Panels in your window: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>%1: only your own part, in “%2”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::AppController</name>
    <message>
        <source>Lingxi — workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace cannot be opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a demo workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with “Open an existing workspace…”; a new workspace never overwrites a file.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::AuditWidget</name>
    <message>
        <source>Operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that none was changed, deleted or inserted</source>
        <translation></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation></translation>
    </message>
    <message>
        <source>Logins</source>
        <translation></translation>
    </message>
    <message>
        <source>Permission denials</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown (newest first, at most %1)</source>
        <translation>
            <numerusform>%n entry shown (newest first, at most %1)</numerusform>
            <numerusform>%n entries shown (newest first, at most %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator: %1   Target: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries verified.</source>
        <translation>
            <numerusform>Audit log intact: %n entry verified.</numerusform>
            <numerusform>Audit log intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log tampered: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Entry #%1 · %2 · %3 (%4)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The list shows %n of them: those that match the operator, kind and dates chosen above.</source>
        <translation>
            <numerusform>The list shows %n of them: those that match the operator, kind and dates chosen above.</numerusform>
            <numerusform>The list shows %n of them: those that match the operator, kind and dates chosen above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::ui::ConceptDialog</name>
    <message>
        <source>New concept</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit concept</source>
        <translation></translation>
    </message>
    <message>
        <source>other words for it, separated by |</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight (importance)</source>
        <translation></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation></translation>
    </message>
    <message>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <source>A concept needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a type or type a new one.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::ConversationWidget</name>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>%1 behaviour events</source>
        <translation>%1 behaviour events</translation>
    </message>
    <message>
        <source>Escalate to a supervisor</source>
        <translation>Escalate to a supervisor</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>This user has no profile in the workspace (imported or unknown).</source>
        <translation>This user has no profile in the workspace (imported or unknown).</translation>
    </message>
    <message>
        <source>Take the conversation over to see the profile.</source>
        <translation>Take the conversation over to see the profile.</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>held by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n negative in a row</source>
        <translation>
            <numerusform>%n negative in a row</numerusform>
            <numerusform>%n negative in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>callback due %1</source>
        <translation>callback due %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>streak %1</source>
        <translation>streak %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>Type a reply. &quot;/&quot; inserts a script; Ctrl+Enter sends.</source>
        <translation>Type a reply. &quot;/&quot; inserts a script; Ctrl+Enter sends.</translation>
    </message>
    <message>
        <source>Take the conversation over to reply.</source>
        <translation>Take the conversation over to reply.</translation>
    </message>
    <message>
        <source>Cannot send: %1</source>
        <translation>Cannot send: %1</translation>
    </message>
    <message>
        <source>Quality check passed.</source>
        <translation>Quality check passed.</translation>
    </message>
    <message>
        <source>You hold this conversation now; the bot has stopped in it.</source>
        <translation>You hold this conversation now; the bot has stopped in it.</translation>
    </message>
    <message>
        <source>Handed back: the bot answers again.</source>
        <translation>Handed back: the bot answers again.</translation>
    </message>
    <message>
        <source>Conversation closed.</source>
        <translation>Conversation closed.</translation>
    </message>
    <message>
        <source>Sent to the supervisor queue.</source>
        <translation>Sent to the supervisor queue.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Hand back to bot</source>
        <translation>Hand back to bot</translation>
    </message>
    <message>
        <source>The bot answers again (Ctrl+B)</source>
        <translation>The bot answers again (Ctrl+B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Scripts /</source>
        <translation>Scripts /</translation>
    </message>
    <message>
        <source>Select a conversation in the queue to read it.
Take it over to answer: the bot stops in that conversation until you hand it back.</source>
        <translation>Select a conversation in the queue to read it.
Take it over to answer: the bot stops in that conversation until you hand it back.</translation>
    </message>
    <message>
        <source>Close conversation #%1</source>
        <translation></translation>
    </message>
    <message>
        <source>Why does it end? (solved, spam, no answer …; kept in the audit log)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::DashboardWidget</name>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1%2 % vs previous</source>
        <translation>%1%2 % vs previous</translation>
    </message>
    <message>
        <source> · target %1%2 % %3</source>
        <translation> · target %1%2 % %3</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>previous: %1</translation>
    </message>
    <message>
        <source>no figures for the previous period</source>
        <translation>no figures for the previous period</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 of %2 users</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>%1 – %2 · counted in %3 ms</source>
        <translation>%1 – %2 · counted in %3 ms</translation>
    </message>
    <message>
        <source>Click for the rows behind this number</source>
        <translation>Click for the rows behind this number</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No experiment is running.</source>
        <translation>No experiment is running.</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>share of messages (%)</source>
        <translation>share of messages (%)</translation>
    </message>
    <message>
        <source>No messages or reviews with a sentiment in this period.</source>
        <translation>No messages or reviews with a sentiment in this period.</translation>
    </message>
    <message>
        <source>Funnel (needs access to profiles)</source>
        <translation>Funnel (needs access to profiles)</translation>
    </message>
    <message>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Export rows</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sentiment by day (customer messages and reviews)</source>
        <translation>Sentiment by day (customer messages and reviews)</translation>
    </message>
    <message>
        <source>Marketing funnel: impression → click → conversion</source>
        <translation>Marketing funnel: impression → click → conversion</translation>
    </message>
    <message>
        <source>Agents: presence and load</source>
        <translation>Agents: presence and load</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Experiments running</source>
        <translation>Experiments running</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>capacity %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) you answered first</source>
        <translation>
            <numerusform>%n conversation you answered first</numerusform>
            <numerusform>%n conversations you answered first</numerusform>
        </translation>
    </message>
    <message>
        <source>My dashboard</source>
        <translation>My dashboard</translation>
    </message>
    <message>
        <source>Marketing dashboard</source>
        <translation>Marketing dashboard</translation>
    </message>
</context>
<context>
    <name>lx::ui::DeskRulesDialog</name>
    <message>
        <source>Desk rules</source>
        <translation>Desk rules</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A VIP whom the bot is answering goes to a person</source>
        <translation>A VIP whom the bot is answering goes to a person</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>First human reply within (business time)</source>
        <translation>First human reply within (business time)</translation>
    </message>
    <message>
        <source>Callback after two negative messages within</source>
        <translation>Callback after two negative messages within</translation>
    </message>
    <message>
        <source>An assigned agent who has not answered loses it after</source>
        <translation>An assigned agent who has not answered loses it after</translation>
    </message>
    <message>
        <source>Warn when this share of the time is used</source>
        <translation>Warn when this share of the time is used</translation>
    </message>
    <message>
        <source>To a person at this many questions in one message</source>
        <translation>To a person at this many questions in one message</translation>
    </message>
    <message>
        <source>To a person when a message is longer than</source>
        <translation>To a person when a message is longer than</translation>
    </message>
    <message>
        <source>To a person when the model&apos;s confidence is below</source>
        <translation>To a person when the model&apos;s confidence is below</translation>
    </message>
    <message>
        <source>Complaint words (comma-separated)</source>
        <translation>Complaint words (comma-separated)</translation>
    </message>
    <message>
        <source>Words that ask for a person</source>
        <translation>Words that ask for a person</translation>
    </message>
    <message>
        <source>Routing and SLA</source>
        <translation>Routing and SLA</translation>
    </message>
    <message>
        <source>Weekly hours, public holidays and extra working days (调休) as JSON. SLA clocks count only the working time in it.</source>
        <translation>Weekly hours, public holidays and extra working days (调休) as JSON. SLA clocks count only the working time in it.</translation>
    </message>
    <message>
        <source>Use the shipped China calendar</source>
        <translation>Use the shipped China calendar</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Business calendar</translation>
    </message>
    <message>
        <source>Reads well: %1 holidays, %2 extra working days (years %3).</source>
        <translation>Reads well: %1 holidays, %2 extra working days (years %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation></translation>
    </message>
    <message>
        <source>The desk rules have changes that are not saved yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fix the calendar to save.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::DialogueFlowWidget</name>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>New flow %1</source>
        <translation>New flow %1</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New flow from this</source>
        <translation>New flow from this</translation>
    </message>
    <message>
        <source>The desk&apos;s bot follows this flow</source>
        <translation>The desk&apos;s bot follows this flow</translation>
    </message>
    <message>
        <source>The bot answers a user&apos;s first message with round 1, the second with the first line of round 2 whose conditions hold (sentiment and any of the keywords), the third likewise from round 3; each round ends with a default line. After round 3, or when a person takes over, the scripts and agents answer. {Variables} take the desk&apos;s reply values.</source>
        <translation>The bot answers a user&apos;s first message with round 1, the second with the first line of round 2 whose conditions hold (sentiment and any of the keywords), the third likewise from round 3; each round ends with a default line. After round 3, or when a person takes over, the scripts and agents answer. {Variables} take the desk&apos;s reply values.</translation>
    </message>
    <message>
        <source>Round 1 — opening</source>
        <translation>Round 1 — opening</translation>
    </message>
    <message>
        <source>Round 2 — follow-up by the answer</source>
        <translation>Round 2 — follow-up by the answer</translation>
    </message>
    <message>
        <source>Round 3 — solution or product</source>
        <translation>Round 3 — solution or product</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Keywords (any)</source>
        <translation>Keywords (any)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>The bot says</source>
        <translation>The bot says</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Earlier: tried before the lines below</source>
        <translation>Earlier: tried before the lines below</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Rehearse</translation>
    </message>
    <message>
        <source>User&apos;s 2nd message</source>
        <translation>User&apos;s 2nd message</translation>
    </message>
    <message>
        <source>User&apos;s 3rd message</source>
        <translation>User&apos;s 3rd message</translation>
    </message>
    <message>
        <source>e.g. 最近脸很干，还起皮</source>
        <translation>e.g. 最近脸很干，还起皮</translation>
    </message>
    <message>
        <source>e.g. 洗完脸会用保湿的</source>
        <translation>e.g. 洗完脸会用保湿的</translation>
    </message>
    <message>
        <source>Save flows</source>
        <translation>Save flows</translation>
    </message>
    <message>
        <source>Bot, round %1</source>
        <translation>Bot, round %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>Saved. The bot answers from the scripts; no flow is followed.</source>
        <translation>Saved. The bot answers from the scripts; no flow is followed.</translation>
    </message>
    <message>
        <source>Saved. The bot follows “%1” from the next new conversation.</source>
        <translation>Saved. The bot follows “%1” from the next new conversation.</translation>
    </message>
</context>
<context>
    <name>lx::ui::EncoderTrainingPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Pretrained checkpoint folder</source>
        <translation>Pretrained checkpoint folder</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>CSV with label and text (*.csv);;All files (*)</source>
        <translation>CSV with label and text (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Industry vocabulary</source>
        <translation>Industry vocabulary</translation>
    </message>
    <message>
        <source>One term a line (*.txt);;All files (*)</source>
        <translation>One term a line (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Folder for the fine-tuned model</source>
        <translation>Folder for the fine-tuned model</translation>
    </message>
    <message>
        <source>Fine-tune a pretrained encoder (bert-base-chinese, chinese-roberta-wwm-ext, MacBERT …) that you downloaded once as a Hugging Face folder with model.safetensors. Slower than Lingxi&apos;s own model but it understands more; on this machine&apos;s processor a full-size model needs hours, a 3-layer one minutes. Cross-validation trains a model per fold, then the final model on every row.</source>
        <translation>Fine-tune a pretrained encoder (bert-base-chinese, chinese-roberta-wwm-ext, MacBERT …) that you downloaded once as a Hugging Face folder with model.safetensors. Slower than Lingxi&apos;s own model but it understands more; on this machine&apos;s processor a full-size model needs hours, a 3-layer one minutes. Cross-validation trains a model per fold, then the final model on every row.</translation>
    </message>
    <message>
        <source>Checkpoint folder…</source>
        <translation>Checkpoint folder…</translation>
    </message>
    <message>
        <source>Training data…</source>
        <translation>Training data…</translation>
    </message>
    <message>
        <source>Industry vocabulary…</source>
        <translation>Industry vocabulary…</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Cross-validation folds; &quot;none&quot; trains the final model only</source>
        <translation>Cross-validation folds; &quot;none&quot; trains the final model only</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>AdamW; the rate rises over the first tenth of the steps, then falls linearly to zero</source>
        <translation>AdamW; the rate rises over the first tenth of the steps, then falls linearly to zero</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Max length</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>a new folder for the fine-tuned model</source>
        <translation>a new folder for the fine-tuned model</translation>
    </message>
    <message>
        <source>Estimate and fine-tune</source>
        <translation>Estimate and fine-tune</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name in the workspace</source>
        <translation>Name in the workspace</translation>
    </message>
    <message>
        <source>Add to workspace</source>
        <translation>Add to workspace</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Fold</translation>
    </message>
    <message>
        <source>Train / validation rows</source>
        <translation>Train / validation rows</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>validation accuracy</translation>
    </message>
    <message>
        <source>No checkpoint chosen.</source>
        <translation>No checkpoint chosen.</translation>
    </message>
    <message>
        <source>No training data chosen: a CSV with the columns label and text.</source>
        <translation>No training data chosen: a CSV with the columns label and text.</translation>
    </message>
    <message>
        <source>Optional: one term a line; each becomes one token, its embedding the mean of its pieces.</source>
        <translation>Optional: one term a line; each becomes one token, its embedding the mean of its pieces.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1: BERT, %2 layers, hidden size %3, %4 parameters, vocabulary %5, up to %6 tokens.</source>
        <translation>%1: BERT, %2 layers, hidden size %3, %4 parameters, vocabulary %5, up to %6 tokens.</translation>
    </message>
    <message>
        <source>It has a classification head (%1); fine-tuning replaces it with one for your labels.</source>
        <translation>It has a classification head (%1); fine-tuning replaces it with one for your labels.</translation>
    </message>
    <message>
        <source>No classification head yet: fine-tuning adds one for your labels.</source>
        <translation>No classification head yet: fine-tuning adds one for your labels.</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3).</source>
        <translation>%1: %2 rows (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, first: %1</source>
        <translation>
            <numerusform>%n row skipped, first: %1</numerusform>
            <numerusform>%n rows skipped, first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n term(s) become new tokens.</source>
        <translation>
            <numerusform>%1: %n term become new tokens.</numerusform>
            <numerusform>%1: %n terms become new tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds a model; choose a new folder.</source>
        <translation>%1 already holds a model; choose a new folder.</translation>
    </message>
    <message>
        <source>Measuring one training step on this machine…</source>
        <translation>Measuring one training step on this machine…</translation>
    </message>
    <message>
        <source>About %1 on this machine (%2): %3 run(s) of %4 steps at %5 a step.</source>
        <translation>About %1 on this machine (%2): %3 run(s) of %4 steps at %5 a step.</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Fine-tune</translation>
    </message>
    <message>
        <source>Fine-tuning will take about %1 on this machine. You can cancel at any time. Start now?</source>
        <translation>Fine-tuning will take about %1 on this machine. You can cancel at any time. Start now?</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Not started.</translation>
    </message>
    <message>
        <source>Fine-tuning %1 on %2</source>
        <translation>Fine-tuning %1 on %2</translation>
    </message>
    <message>
        <source>fold %1 of %2, step %3 of %4, loss %5</source>
        <translation>fold %1 of %2, step %3 of %4, loss %5</translation>
    </message>
    <message>
        <source>final model, step %1 of %2, loss %3</source>
        <translation>final model, step %1 of %2, loss %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>final model, training</source>
        <translation>final model, training</translation>
    </message>
    <message>
        <source>fold %1 training</source>
        <translation>fold %1 training</translation>
    </message>
    <message>
        <source>fold %1 validation</source>
        <translation>fold %1 validation</translation>
    </message>
    <message>
        <source>fold %1</source>
        <translation>fold %1</translation>
    </message>
    <message>
        <source>mean ± sd</source>
        <translation>mean ± sd</translation>
    </message>
    <message>
        <source>Done in %1: training loss %2 → %3; saved to %4.</source>
        <translation>Done in %1: training loss %2 → %3; saved to %4.</translation>
    </message>
    <message>
        <source>Mean validation accuracy %1 over %2 folds.</source>
        <translation>Mean validation accuracy %1 over %2 folds.</translation>
    </message>
    <message numerus="yes">
        <source>%n industry term(s) added to the vocabulary.</source>
        <translation>
            <numerusform>%n industry term added to the vocabulary.</numerusform>
            <numerusform>%n industry terms added to the vocabulary.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the model to the workspace…</source>
        <translation>Adding the model to the workspace…</translation>
    </message>
    <message>
        <source>Added to the workspace as &quot;%1&quot;; activate it on the Models tab.</source>
        <translation>Added to the workspace as &quot;%1&quot;; activate it on the Models tab.</translation>
    </message>
</context>
<context>
    <name>lx::ui::ExperimentsWidget</name>
    <message>
        <source>Open the counts of an experiment</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>Read an A/B/n test from its counts: open a CSV with the columns variant, weight, exposures, conversions, or type them in. The first variant is the control.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open counts…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate (95 % CI)</source>
        <translation></translation>
    </message>
    <message>
        <source>Lift (95 % CI)</source>
        <translation></translation>
    </message>
    <message>
        <source>z</source>
        <translation></translation>
    </message>
    <message>
        <source>p</source>
        <translation></translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation></translation>
    </message>
    <message>
        <source>Significant</source>
        <translation></translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation></translation>
    </message>
    <message>
        <source>Control</source>
        <translation></translation>
    </message>
    <message>
        <source>Min. exposures per variant</source>
        <translation></translation>
    </message>
    <message>
        <source>from the sample size</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation></translation>
    </message>
    <message>
        <source>Baseline rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Smallest effect to detect</source>
        <translation></translation>
    </message>
    <message>
        <source>Absolute, in percentage points: 5 % → 6 % is 1 pp</source>
        <translation></translation>
    </message>
    <message>
        <source>Power</source>
        <translation></translation>
    </message>
    <message>
        <source>Exposures a day per variant</source>
        <translation></translation>
    </message>
    <message>
        <source>Conversion rate (%), 95 % Wilson interval</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not loaded. %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the exposures and conversions of every variant, or open a CSV.</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1: a name, a positive weight and whole, non-negative counts are needed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample ratio mismatch: %1. The split does not match the weights (p = %2), so the assignment is broken; no verdict until it is fixed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Across all variants: chi-square %1 (df %2), p = %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>Baseline + effect must stay below 100 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 exposures per variant to detect %2 → %3 at alpha %4 with %5 power.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>About %n day(s) at the current traffic.</source>
        <translation>
            <numerusform>About %n day at the current traffic.</numerusform>
            <numerusform>About %n days at the current traffic.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no result to export yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No verdict while the split is broken.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cumulative conversion rate (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>p-value against the control</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate per variant</source>
        <translation></translation>
    </message>
    <message>
        <source>Cumulative rate by day</source>
        <translation></translation>
    </message>
    <message>
        <source>p-value by day</source>
        <translation></translation>
    </message>
    <message>
        <source>Peeking inflates false positives: a p-value checked every day dips below alpha by chance far more often than alpha. Decide the sample size first and read the verdict once it is reached.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation></translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation></translation>
    </message>
    <message>
        <source>running</source>
        <translation></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation></translation>
    </message>
    <message>
        <source>draft</source>
        <translation></translation>
    </message>
    <message>
        <source>No experiments yet: define one from template versions with New….</source>
        <translation></translation>
    </message>
    <message>
        <source>No experiments yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Experiment “%1” saved as a draft.</source>
        <translation></translation>
    </message>
    <message>
        <source>Experiments in this workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>New…</source>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Count from events</source>
        <translation>Count from events</translation>
    </message>
    <message>
        <source>Exposures and successes of the selected experiment from the imported events (users without consent to marketing are left out)</source>
        <translation>Exposures and successes of the selected experiment from the imported events (users without consent to marketing are left out)</translation>
    </message>
    <message>
        <source>No exposures yet: import impression or view events tagged with this experiment and a variant label.</source>
        <translation>No exposures yet: import impression or view events tagged with this experiment and a variant label.</translation>
    </message>
    <message>
        <source>%1 users exposed; %2 left out for lack of consent to marketing.</source>
        <translation>%1 users exposed; %2 left out for lack of consent to marketing.</translation>
    </message>
</context>
<context>
    <name>lx::ui::FirstAdminDialog</name>
    <message>
        <source>Lingxi — first admin</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace %1 has no operators yet. Create the admin account: it adds the agents, marketers and supervisors who work here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation></translation>
    </message>
    <message>
        <source>Password (at least %1 characters)</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation></translation>
    </message>
    <message>
        <source>Create admin and log in</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::KnowledgeGraphWidget</name>
    <message>
        <source>No concept is called “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a concept (name, alias or pinyin initials)…</source>
        <translation></translation>
    </message>
    <message>
        <source>hops: </source>
        <translation></translation>
    </message>
    <message>
        <source>How many relations away from the found concept to show</source>
        <translation></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation></translation>
    </message>
    <message>
        <source>Min. relation weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Size by weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Size by degree</source>
        <translation></translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation></translation>
    </message>
    <message>
        <source>Lay out again (dragged concepts stay)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset the layout (release dragged concepts)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add concept</source>
        <translation></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>Concept types</source>
        <translation></translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a concept, or find one above, to see its relations.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s)</source>
        <translation>
            <numerusform>%n concept</numerusform>
            <numerusform>%n concepts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The graph is empty. Add a concept, or import a graph with &lt;code&gt;lingxi-cli graph import&lt;/code&gt;.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;The graph is empty. A marketer adds concepts or imports a graph.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>showing %1 of %2 concepts, %3 of %4 relations</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n concept(s) within %2 hop(s)</source>
        <translation>
            <numerusform>%1 and %n concept within %2 hop(s)</numerusform>
            <numerusform>%1 and %n concepts within %2 hop(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No relations yet.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Laying out the knowledge graph</source>
        <translation></translation>
    </message>
    <message>
        <source>The layout could not be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Done again.</source>
        <translation></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete concept</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete “%1”? It has no relations.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %n relation(s) that touch it?</source>
        <translation>
            <numerusform>Delete “%1” and the relation that touches it?</numerusform>
            <numerusform>Delete “%1” and the %n relations that touch it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo puts everything back.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 and %n relation(s).</source>
        <translation>
            <numerusform>Deleted %1 and %n relation.</numerusform>
            <numerusform>Deleted %1 and %n relations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lingxi knowledge graph</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation></translation>
    </message>
    <message>
        <source>edit</source>
        <translation></translation>
    </message>
    <message>
        <source>remove</source>
        <translation></translation>
    </message>
    <message>
        <source>re-weight a relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Relation saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>remove a relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Relation removed. Undo puts it back.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::LexiconsWidget</name>
    <message>
        <source>Add a word list</source>
        <translation>Add a word list</translation>
    </message>
    <message>
        <source>Word lists (*.txt *.csv);;All files (*)</source>
        <translation>Word lists (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Every compliance check in this workspace (templates, scripts, agents&apos; and the bot&apos;s replies) uses the shipped lists and the workspace&apos;s own. A hit inside a word of an allow-list is not reported. Changes apply at the next check; checks running meanwhile go on with the old lists.</source>
        <translation>Every compliance check in this workspace (templates, scripts, agents&apos; and the bot&apos;s replies) uses the shipped lists and the workspace&apos;s own. A hit inside a word of an allow-list is not reported. Changes apply at the next check; checks running meanwhile go on with the old lists.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>From file</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>defaults to the file&apos;s name, e.g. brand_rivals</source>
        <translation>defaults to the file&apos;s name, e.g. brand_rivals</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>Allow-list</translation>
    </message>
    <message>
        <source>Words that must not be reported even though they contain a listed word (e.g. 第一时间 next to 第一)</source>
        <translation>Words that must not be reported even though they contain a listed word (e.g. 第一时间 next to 第一)</translation>
    </message>
    <message>
        <source>Add from file…</source>
        <translation>Add from file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Try the lists: type or paste a text; the hits show with their category and position.</source>
        <translation>Try the lists: type or paste a text; the hits show with their category and position.</translation>
    </message>
    <message>
        <source>e.g. 全网第一的美白精华，加微信领取</source>
        <translation>e.g. 全网第一的美白精华，加微信领取</translation>
    </message>
    <message>
        <source>allow-list (shipped)</source>
        <translation>allow-list (shipped)</translation>
    </message>
    <message>
        <source>word list (shipped)</source>
        <translation>word list (shipped)</translation>
    </message>
    <message>
        <source>allow-list (workspace)</source>
        <translation>allow-list (workspace)</translation>
    </message>
    <message>
        <source>word list (workspace)</source>
        <translation>word list (workspace)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Replaced “%1”: %n word(s).</source>
        <translation>
            <numerusform>Replaced “%1”: %n word(s).</numerusform>
            <numerusform>Replaced “%1”: %n word(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added “%1”: %n word(s).</source>
        <translation>
            <numerusform>Added “%1”: %n word(s).</numerusform>
            <numerusform>Added “%1”: %n word(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate(s) skipped.</numerusform>
            <numerusform>%n duplicate(s) skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s) skipped:</source>
        <translation>
            <numerusform>%n bad line(s) skipped:</numerusform>
            <numerusform>%n bad line(s) skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Removed “%1”.</translation>
    </message>
    <message>
        <source>“%1” · %2 · characters %3–%4</source>
        <translation>“%1” · %2 · characters %3–%4</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>No hits.</translation>
    </message>
</context>
<context>
    <name>lx::ui::LoginDialog</name>
    <message>
        <source>Lingxi — log in</source>
        <translation></translation>
    </message>
    <message>
        <source>Log in to Lingxi</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation></translation>
    </message>
    <message>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation></translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo workspace logins</source>
        <translation></translation>
    </message>
    <message>
        <source>This is a demo workspace. Click a row to fill in its login; double-click to log in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your operator name and password.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::MainWindow</name>
    <message>
        <source>My account</source>
        <translation></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Lingxi — %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation></translation>
    </message>
    <message>
        <source>Create &amp;demo workspace…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About Lingxi</source>
        <translation></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation></translation>
    </message>
    <message>
        <source>Knowledge graph</source>
        <translation></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation></translation>
    </message>
    <message>
        <source>Sentiment models</source>
        <translation>Sentiment models</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Model quality</source>
        <translation>Model quality</translation>
    </message>
    <message>
        <source>Bot dialogue</source>
        <translation>Bot dialogue</translation>
    </message>
    <message>
        <source>Lexicons</source>
        <translation>Lexicons</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::ModelQualityWidget</name>
    <message>
        <source>sensitive: %1</source>
        <translation>sensitive: %1</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>Nothing waiting for review. New samples are drawn each day from the model&apos;s answers at the desk.</source>
        <translation>Nothing waiting for review. New samples are drawn each day from the model&apos;s answers at the desk.</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) waiting for review.</source>
        <translation>
            <numerusform>%n prediction waiting for review.</numerusform>
            <numerusform>%n predictions waiting for review.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviewed days yet.</source>
        <translation>No reviewed days yet.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>threshold %1 %</source>
        <translation>threshold %1 %</translation>
    </message>
    <message>
        <source>accuracy of reviewed answers (%)</source>
        <translation>accuracy of reviewed answers (%)</translation>
    </message>
    <message>
        <source>Export corrections</source>
        <translation>Export corrections</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 corrected answer(s) written to %2 (label,text) for retraining.</source>
        <translation>%1 corrected answer(s) written to %2 (label,text) for retraining.</translation>
    </message>
    <message>
        <source>Model quality</source>
        <translation>Model quality</translation>
    </message>
    <message>
        <source>Review the model&apos;s answers: 1 negative · 2 neutral · 3 positive · Enter confirms the model. Answers on sensitive topics (medical, financial) are always here.</source>
        <translation>Review the model&apos;s answers: 1 negative · 2 neutral · 3 positive · Enter confirms the model. Answers on sensitive topics (medical, financial) are always here.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Model says</source>
        <translation>Model says</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Why here</translation>
    </message>
    <message>
        <source>Accuracy by day (95 % interval)</source>
        <translation>Accuracy by day (95 % interval)</translation>
    </message>
    <message>
        <source>Export corrections…</source>
        <translation>Export corrections…</translation>
    </message>
</context>
<context>
    <name>lx::ui::ModelsWidget</name>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>CSV with label and text (*.csv);;All files (*)</source>
        <translation>CSV with label and text (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Industry vocabulary</source>
        <translation>Industry vocabulary</translation>
    </message>
    <message>
        <source>One term a line (*.txt);;All files (*)</source>
        <translation>One term a line (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Register model</source>
        <translation>Register model</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Save model</translation>
    </message>
    <message>
        <source>Lingxi sentiment model (*.lxsent)</source>
        <translation>Lingxi sentiment model (*.lxsent)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Train a model</translation>
    </message>
    <message>
        <source>The sentiment model labels every inbound message on this machine. Select models to compare them; the active one (★) is the one the desk and the bot use.</source>
        <translation>The sentiment model labels every inbound message on this machine. Select models to compare them; the active one (★) is the one the desk and the bot use.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Accuracy (CV)</source>
        <translation>Accuracy (CV)</translation>
    </message>
    <message>
        <source>Macro-F1 (CV)</source>
        <translation>Macro-F1 (CV)</translation>
    </message>
    <message>
        <source>Trained by</source>
        <translation>Trained by</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Make active</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Try it</translation>
    </message>
    <message>
        <source>Type a customer message, e.g. 物流太慢了，客服也不回</source>
        <translation>Type a customer message, e.g. 物流太慢了，客服也不回</translation>
    </message>
    <message>
        <source>Train on your own industry&apos;s messages: a UTF-8 CSV with a header holding label (positive, neutral, negative, or 1/0) and text. Cross-validation shows how the model does on messages it has not seen; the final model is then trained on every row.</source>
        <translation>Train on your own industry&apos;s messages: a UTF-8 CSV with a header holding label (positive, neutral, negative, or 1/0) and text. Cross-validation shows how the model does on messages it has not seen; the final model is then trained on every row.</translation>
    </message>
    <message>
        <source>Training data…</source>
        <translation>Training data…</translation>
    </message>
    <message>
        <source>Vocabulary…</source>
        <translation>Vocabulary…</translation>
    </message>
    <message>
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name for the trained model, e.g. 美妆评论 2026-11</source>
        <translation>Name for the trained model, e.g. 美妆评论 2026-11</translation>
    </message>
    <message>
        <source>Add to workspace</source>
        <translation>Add to workspace</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Fold</translation>
    </message>
    <message>
        <source>Rows (train / validation)</source>
        <translation>Rows (train / validation)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>No industry vocabulary: words are read character by character and by ICU&apos;s dictionary.</source>
        <translation>No industry vocabulary: words are read character by character and by ICU&apos;s dictionary.</translation>
    </message>
    <message>
        <source>No model yet: train one on the next tab.</source>
        <translation>No model yet: train one on the next tab.</translation>
    </message>
    <message>
        <source>No model yet: a marketer or supervisor trains one.</source>
        <translation>No model yet: a marketer or supervisor trains one.</translation>
    </message>
    <message>
        <source>No model is active: messages are not labelled until one is made active.</source>
        <translation>No model is active: messages are not labelled until one is made active.</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>Active: %1</translation>
    </message>
    <message>
        <source>Accuracy (mean ± sd over folds)</source>
        <translation>Accuracy (mean ± sd over folds)</translation>
    </message>
    <message>
        <source>Macro-F1 (mean ± sd)</source>
        <translation>Macro-F1 (mean ± sd)</translation>
    </message>
    <message>
        <source>Rows trained on</source>
        <translation>Rows trained on</translation>
    </message>
    <message>
        <source>Folds / epochs</source>
        <translation>Folds / epochs</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Neutral band (2 labels)</source>
        <translation>Neutral band (2 labels)</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>F1 %1</source>
        <translation>F1 %1</translation>
    </message>
    <message>
        <source>confidence below %1</source>
        <translation>confidence below %1</translation>
    </message>
    <message>
        <source>— (neutral is a label)</source>
        <translation>— (neutral is a label)</translation>
    </message>
    <message>
        <source>Out-of-fold confusion (rows: true label)</source>
        <translation>Out-of-fold confusion (rows: true label)</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicted</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Answers from %1 on %2</source>
        <translation>Answers from %1 on %2</translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation>%1 (confidence %2)</translation>
    </message>
    <message>
        <source>band (2-label model)</source>
        <translation>band (2-label model)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>No training data chosen.</source>
        <translation>No training data chosen.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s): </source>
        <translation>
            <numerusform>%1: %n row: </numerusform>
            <numerusform>%1: %n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, first: %1</source>
        <translation>
            <numerusform>%n row skipped, first: %1</numerusform>
            <numerusform>%n rows skipped, first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n term(s) become whole tokens.</source>
        <translation>
            <numerusform>%1: %n term become whole tokens.</numerusform>
            <numerusform>%1: %n terms become whole tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training a sentiment model on %1</source>
        <translation>Training a sentiment model on %1</translation>
    </message>
    <message>
        <source>fold %1 of %2, epoch %3</source>
        <translation>fold %1 of %2, epoch %3</translation>
    </message>
    <message>
        <source>final model, epoch %1</source>
        <translation>final model, epoch %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>final model, training</source>
        <translation>final model, training</translation>
    </message>
    <message>
        <source>fold %1 training</source>
        <translation>fold %1 training</translation>
    </message>
    <message>
        <source>fold %1 validation</source>
        <translation>fold %1 validation</translation>
    </message>
    <message>
        <source>mean ± sd</source>
        <translation>mean ± sd</translation>
    </message>
    <message>
        <source>%1 epoch(s) chosen</source>
        <translation>%1 epoch(s) chosen</translation>
    </message>
    <message>
        <source>Done in %1 s: mean accuracy %2 over %3 folds. Add the model to the workspace to compare and use it.</source>
        <translation>Done in %1 s: mean accuracy %2 over %3 folds. Add the model to the workspace to compare and use it.</translation>
    </message>
    <message>
        <source>Train a model first</source>
        <translation>Train a model first</translation>
    </message>
    <message>
        <source>Added to the workspace as &quot;%1&quot;.</source>
        <translation>Added to the workspace as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Import TorchScript…</source>
        <translation>Import TorchScript…</translation>
    </message>
    <message>
        <source>A classifier trained elsewhere (for example a fine-tuned BERT saved with torch.jit) and its WordPiece vocab.txt</source>
        <translation>A classifier trained elsewhere (for example a fine-tuned BERT saved with torch.jit) and its WordPiece vocab.txt</translation>
    </message>
    <message>
        <source>— (imported)</source>
        <translation>— (imported)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>WordPiece, %1 tokens</source>
        <translation>WordPiece, %1 tokens</translation>
    </message>
    <message>
        <source>Import a TorchScript classifier</source>
        <translation>Import a TorchScript classifier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>negative, positive</source>
        <translation>negative, positive</translation>
    </message>
    <message>
        <source>negative, neutral, positive</source>
        <translation>negative, neutral, positive</translation>
    </message>
    <message>
        <source>positive, negative</source>
        <translation>positive, negative</translation>
    </message>
    <message>
        <source>positive, neutral, negative</source>
        <translation>positive, neutral, negative</translation>
    </message>
    <message>
        <source>Model (.pt)</source>
        <translation>Model (.pt)</translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth *.ts);;All files (*)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>WordPiece vocabulary (vocab.txt *.txt);;All files (*)</source>
        <translation>WordPiece vocabulary (vocab.txt *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Labels, in the order of the outputs</source>
        <translation>Labels, in the order of the outputs</translation>
    </message>
    <message>
        <source>Maximum tokens</source>
        <translation>Maximum tokens</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Imported as model %1.</source>
        <translation>Imported as model %1.</translation>
    </message>
    <message>
        <source>Select a model above to try it.</source>
        <translation>Select a model above to try it.</translation>
    </message>
    <message>
        <source>Select a model to see its confusion matrix</source>
        <translation>Select a model to see its confusion matrix</translation>
    </message>
    <message>
        <source>This model has no cross-validation of ours</source>
        <translation>This model has no cross-validation of ours</translation>
    </message>
    <message>
        <source>Fine-tune a pretrained encoder</source>
        <translation>Fine-tune a pretrained encoder</translation>
    </message>
</context>
<context>
    <name>lx::ui::NewExperimentDialog</name>
    <message>
        <source>Click-through rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation></translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation></translation>
    </message>
    <message>
        <source>Template or script</source>
        <translation></translation>
    </message>
    <message>
        <source>Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation></translation>
    </message>
    <message>
        <source>Primary metric</source>
        <translation></translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation></translation>
    </message>
    <message>
        <source>#%1 %2 — blocked by the quality gate</source>
        <translation></translation>
    </message>
    <message>
        <source>Fewer than two templates or scripts pass the quality gate: fix them in their editor, or ask a supervisor to let one out.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of an experiment, not a person</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new since you logged in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation></translation>
    </message>
    <message>
        <source>What happened to your conversations since you logged in</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Lingxi: %n new</source>
        <translation>
            <numerusform>Lingxi: %n new</numerusform>
            <numerusform>Lingxi: %n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Lingxi</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::OperatorsWidget</name>
    <message>
        <source>Role changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Account disabled: it can no longer log in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Account enabled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation></translation>
    </message>
    <message>
        <source>Password reset. Tell the operator the new password in person.</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation></translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply role</source>
        <translation></translation>
    </message>
    <message>
        <source>New password</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation></translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation></translation>
    </message>
    <message>
        <source>Select an operator in the table.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::ProfilesWidget</name>
    <message>
        <source>Any</source>
        <translation></translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation></translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation></translation>
    </message>
    <message>
        <source>Any (not for sending)</source>
        <translation></translation>
    </message>
    <message>
        <source>Consented: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <source>No behaviour tag applies yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>No consent to profiling: no behaviour tags.</source>
        <translation></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 on %2 via %3</source>
        <translation></translation>
    </message>
    <message>
        <source>granted</source>
        <translation></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>never given</source>
        <translation></translation>
    </message>
    <message>
        <source>Under 14: sensitive personal information; selectable only with the separate consent.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Events (%n in all)</source>
        <translation>
            <numerusform>Events (%n in all)</numerusform>
            <numerusform>Events (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 users</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 users, %3 % of the step before, %4 % of the first</source>
        <translation></translation>
    </message>
    <message>
        <source>Users</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>A user counts at a step when they did it after the step before, within %n day(s) of the first step.</source>
        <translation>
            <numerusform>A user counts at a step when they did it after the step before, within %n day of the first step.</numerusform>
            <numerusform>A user counts at a step when they did it after the step before, within %n days of the first step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import events</source>
        <translation></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile data (*.jsonl *.json *.csv *.xml);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing events from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing profiles from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Read %1 record(s): %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: the batches before the cancel are kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Every rejected record is listed in %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Build a segment from layers, tags, value tier, consent and attitude. Marketers see masked data only; choose a consent before using a segment for messages or experiments.</source>
        <translation></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation></translation>
    </message>
    <message>
        <source>Segment expression, e.g. age_band=25-34 and consent=marketing</source>
        <translation></translation>
    </message>
    <message>
        <source>Count</source>
        <translation></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation></translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import events…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 user(s)</source>
        <translation></translation>
    </message>
    <message>
        <source>counted in %1 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>to</source>
        <translation></translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation></translation>
    </message>
    <message>
        <source>Show funnel</source>
        <translation></translation>
    </message>
    <message>
        <source>; </source>
        <translation></translation>
    </message>
    <message>
        <source>. </source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the rules and tagging every user again…</source>
        <translation>Checking the rules and tagging every user again…</translation>
    </message>
    <message>
        <source>City tiers: %1</source>
        <translation>City tiers: %1</translation>
    </message>
    <message>
        <source>Tag rules: %1</source>
        <translation>Tag rules: %1</translation>
    </message>
    <message>
        <source>Rules saved; every user was tagged again.</source>
        <translation>Rules saved; every user was tagged again.</translation>
    </message>
    <message>
        <source>Tag rules and city tiers</source>
        <translation>Tag rules and city tiers</translation>
    </message>
    <message>
        <source>Tag rules (JSON)</source>
        <translation>Tag rules (JSON)</translation>
    </message>
    <message>
        <source>Both are checked whole before anything changes; a bad row is named by its line. Saving tags every user again.</source>
        <translation>Both are checked whole before anything changes; a bad row is named by its line. Saving tags every user again.</translation>
    </message>
    <message>
        <source>Tag rules and city tiers…</source>
        <translation>Tag rules and city tiers…</translation>
    </message>
    <message>
        <source>City tiers (CSV)</source>
        <translation>City tiers (CSV)</translation>
    </message>
    <message>
        <source>Out of date: counted for the segment “%1”, not the one now chosen; Show funnel counts it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation></translation>
    </message>
    <message>
        <source>The tag rules or city tiers have changes that are not saved yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::QueueWidget</name>
    <message>
        <source>Negative message in your conversation</source>
        <translation>Negative message in your conversation</translation>
    </message>
    <message>
        <source>Third negative message: escalated</source>
        <translation>Third negative message: escalated</translation>
    </message>
    <message>
        <source>Another negative message (supervisor queue)</source>
        <translation>Another negative message (supervisor queue)</translation>
    </message>
    <message>
        <source>Escalated by an agent</source>
        <translation>Escalated by an agent</translation>
    </message>
    <message>
        <source>First reply due soon</source>
        <translation>First reply due soon</translation>
    </message>
    <message>
        <source>First reply overdue: escalated</source>
        <translation>First reply overdue: escalated</translation>
    </message>
    <message>
        <source>Callback due soon</source>
        <translation>Callback due soon</translation>
    </message>
    <message>
        <source>Callback missed: escalated</source>
        <translation>Callback missed: escalated</translation>
    </message>
    <message>
        <source>%1 yours · %2 waiting · %3 with supervisors · %4 with the bot · %5 overdue</source>
        <translation>%1 yours · %2 waiting · %3 with supervisors · %4 with the bot · %5 overdue</translation>
    </message>
    <message>
        <source> · working hours</source>
        <translation> · working hours</translation>
    </message>
    <message>
        <source> · outside working hours: clocks paused until %1</source>
        <translation> · outside working hours: clocks paused until %1</translation>
    </message>
    <message>
        <source> · the calendar has no public holidays for %1</source>
        <translation> · the calendar has no public holidays for %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>No alerts in the last 24 hours.</source>
        <translation>No alerts in the last 24 hours.</translation>
    </message>
    <message>
        <source>Select a conversation first.</source>
        <translation>Select a conversation first.</translation>
    </message>
    <message>
        <source>You have taken over conversation #%1; the bot has stopped in it.</source>
        <translation>You have taken over conversation #%1; the bot has stopped in it.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Everyone waiting was taken by someone else.</source>
        <translation>Everyone waiting was taken by someone else.</translation>
    </message>
    <message>
        <source>Assign conversation #%1</source>
        <translation>Assign conversation #%1</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation>Assign anyway?</translation>
    </message>
    <message>
        <source>Conversation #%1 assigned to %2.</source>
        <translation>Conversation #%1 assigned to %2.</translation>
    </message>
    <message>
        <source>Export complaint records</source>
        <translation>Export complaint records</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 complaint record(s) written to %2 (label,text) for retraining the model.</source>
        <translation>%1 complaint record(s) written to %2 (label,text) for retraining the model.</translation>
    </message>
    <message>
        <source>Queues (all agents)</source>
        <translation>Queues (all agents)</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>My queue</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>My status:</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Supervisor queue</source>
        <translation>Supervisor queue</translation>
    </message>
    <message>
        <source>With the bot</source>
        <translation>With the bot</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Take the selected conversation from the bot or the queue (Ctrl+T)</source>
        <translation>Take the selected conversation from the bot or the queue (Ctrl+T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Take the most urgent waiting conversation (Ctrl+N)</source>
        <translation>Take the most urgent waiting conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Agents: presence and load</source>
        <translation>Agents: presence and load</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <source>Export complaints…</source>
        <translation>Export complaints…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Shortcuts: Ctrl+T take over · Ctrl+N next waiting · Ctrl+B hand back to the bot · Ctrl+Enter send · / insert a script</source>
        <translation>Shortcuts: Ctrl+T take over · Ctrl+N next waiting · Ctrl+B hand back to the bot · Ctrl+Enter send · / insert a script</translation>
    </message>
    <message>
        <source>Desk rules saved; new messages and clocks follow them.</source>
        <translation>Desk rules saved; new messages and clocks follow them.</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>Select an agent first.</translation>
    </message>
    <message>
        <source>Capacity of %1</source>
        <translation>Capacity of %1</translation>
    </message>
    <message>
        <source>Conversations at a time:</source>
        <translation>Conversations at a time:</translation>
    </message>
    <message>
        <source>Desk rules…</source>
        <translation>Desk rules…</translation>
    </message>
    <message>
        <source>Capacity…</source>
        <translation>Capacity…</translation>
    </message>
    <message>
        <source>The desk&apos;s SLA and assignment check failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2 of %3, %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent (conversations held of capacity):</source>
        <translation></translation>
    </message>
    <message>
        <source>Conversation #%1 assigned to %2; %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>New message in your conversation</source>
        <translation></translation>
    </message>
    <message>
        <source>Conversation assigned to you</source>
        <translation></translation>
    </message>
    <message>
        <source>Back to the queue: not answered in time</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n with a new customer message (●)</source>
        <translation>
            <numerusform>%n with a new customer message (●)</numerusform>
            <numerusform>%n with a new customer message (●)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::ui::RelationDialog</name>
    <message>
        <source>Edit relation</source>
        <translation></translation>
    </message>
    <message>
        <source>Connect concepts</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight (0–1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::ReplyAssistPanel</name>
    <message>
        <source>Suggest replies</source>
        <translation>Suggest replies</translation>
    </message>
    <message>
        <source>Up to three replies drafted from the approved scripts, the profile and the conversation; each passes the quality gate; nothing is sent until you send it</source>
        <translation>Up to three replies drafted from the approved scripts, the profile and the conversation; each passes the quality gate; nothing is sent until you send it</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>A one-paragraph summary of the conversation for hand-over and escalation</source>
        <translation>A one-paragraph summary of the conversation for hand-over and escalation</translation>
    </message>
    <message>
        <source>Drafting replies…</source>
        <translation>Drafting replies…</translation>
    </message>
    <message>
        <source>Click to put it in the reply box</source>
        <translation>Click to put it in the reply box</translation>
    </message>
    <message>
        <source>No suggestion passed the quality gate; write the reply yourself.</source>
        <translation>No suggestion passed the quality gate; write the reply yourself.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s), checked by the quality gate: click one to edit it in the reply box.</source>
        <translation>
            <numerusform>%n suggestion, checked by the quality gate: click one to edit it in the reply box.</numerusform>
            <numerusform>%n suggestions, checked by the quality gate: click one to edit it in the reply box.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>Summarising…</translation>
    </message>
    <message>
        <source>Summary of the conversation (a draft: check it before you pass it on):</source>
        <translation>Summary of the conversation (a draft: check it before you pass it on):</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stopped; the summary is cut short.</source>
        <translation>Stopped; the summary is cut short.</translation>
    </message>
</context>
<context>
    <name>lx::ui::SettingsDialog</name>
    <message>
        <source>Workspace opened at start-up</source>
        <translation></translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace at start-up</source>
        <translation></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Default</source>
        <translation></translation>
    </message>
    <message>
        <source>Now open: %1. A different start-up workspace is opened the next time Lingxi starts; use Workspace ▸ Open workspace… to switch now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply model folder</source>
        <translation>Reply model folder</translation>
    </message>
    <message>
        <source>Reply model</source>
        <translation>Reply model</translation>
    </message>
    <message>
        <source>none: reply suggestions and drafts are off</source>
        <translation>none: reply suggestions and drafts are off</translation>
    </message>
    <message>
        <source>A Qwen2-family checkpoint folder (config.json, model.safetensors, tokenizer.json), e.g. Qwen2.5-0.5B-Instruct downloaded once. It drafts reply suggestions at the desk, hand-over summaries and template drafts on this machine; nothing is sent without a person.</source>
        <translation>A Qwen2-family checkpoint folder (config.json, model.safetensors, tokenizer.json), e.g. Qwen2.5-0.5B-Instruct downloaded once. It drafts reply suggestions at the desk, hand-over summaries and template drafts on this machine; nothing is sent without a person.</translation>
    </message>
</context>
<context>
    <name>lx::ui::TaskProgressWidget</name>
    <message>
        <source>Cancel %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::TemplatesWidget</name>
    <message>
        <source>Technology</source>
        <translation></translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation></translation>
    </message>
    <message>
        <source>Education</source>
        <translation></translation>
    </message>
    <message>
        <source>Product inquiry</source>
        <translation></translation>
    </message>
    <message>
        <source>Appointment guidance</source>
        <translation></translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read-only: your role may not edit templates.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read-only: your role may not edit scripts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of a new template</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of a new script</source>
        <translation></translation>
    </message>
    <message>
        <source>New from this</source>
        <translation></translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation></translation>
    </message>
    <message>
        <source>Length</source>
        <translation></translation>
    </message>
    <message>
        <source>Term density</source>
        <translation></translation>
    </message>
    <message>
        <source>Preview and check</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — version %2, %3, %4</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s), all known.</source>
        <translation>
            <numerusform>%n variable, known.</numerusform>
            <numerusform>%n variables, all known.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown variables: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 characters (%2–%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 % (limit %2 %)</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” · %2 · at %3</source>
        <translation></translation>
    </message>
    <message>
        <source>No compliance hits.</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the compliance lists…</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing blocks publishing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing values: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>v%1 · %2 · %3%4</source>
        <translation></translation>
    </message>
    <message>
        <source>Only one version so far. Select two versions to compare them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select two versions to compare them.</source>
        <translation></translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>WeChat Moments</source>
        <translation></translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation></translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation></translation>
    </message>
    <message>
        <source>News</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 it (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Knowledge graph: the text mentions no concept of the graph yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Knowledge graph: mentions %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Related, worth a mention: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Written for</source>
        <translation>Written for</translation>
    </message>
    <message>
        <source>any platform</source>
        <translation>any platform</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>interest or habit tags, comma-separated (美妆达人, price_sensitive)</source>
        <translation>interest or habit tags, comma-separated (美妆达人, price_sensitive)</translation>
    </message>
    <message>
        <source>Save audience</source>
        <translation>Save audience</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Preview for</translation>
    </message>
    <message>
        <source>a user, e.g. wechat:wx_1024 (empty: sample values)</source>
        <translation>a user, e.g. wechat:wx_1024 (empty: sample values)</translation>
    </message>
    <message>
        <source>Choose template</source>
        <translation>Choose template</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>from the user&apos;s profile</source>
        <translation>from the user&apos;s profile</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>%1
version %2 · %3</source>
        <translation>%1
version %2 · %3</translation>
    </message>
    <message>
        <source>Audience saved: %1, %2.</source>
        <translation>Audience saved: %1, %2.</translation>
    </message>
    <message>
        <source>For %1 (%2%3): &lt;b&gt;%4&lt;/b&gt; — %5.</source>
        <translation>For %1 (%2%3): &lt;b&gt;%4&lt;/b&gt; — %5.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
    <message>
        <source>(this template)</source>
        <translation>(this template)</translation>
    </message>
    <message>
        <source>The preview uses this user&apos;s audience: %1.</source>
        <translation>The preview uses this user&apos;s audience: %1.</translation>
    </message>
    <message>
        <source>%1; tags: %2</source>
        <translation>%1; tags: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Let it out anyway…</source>
        <translation></translation>
    </message>
    <message>
        <source>Supervisors only: this version may go out despite the problems; the reason is kept in the audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>Let out by %1 despite the quality gate: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Blocked by the quality gate: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking against the compliance lists…</source>
        <translation></translation>
    </message>
    <message>
        <source>Let out anyway by %1: “%2”.</source>
        <translation></translation>
    </message>
    <message>
        <source>(with the platform, type or values chosen here)</source>
        <translation></translation>
    </message>
    <message>
        <source>Until it is fixed, or a supervisor lets it out, it is not used in experiments or sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Let blocked content out</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of “%2” is blocked by the quality gate. Why may it go out anyway? The reason is kept in the audit log.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 may go out despite the quality gate; the reason is in the audit log.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved as version %1, marked as blocked: it is a draft until the problems are fixed or a supervisor lets it out.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block publishing: %1.</source>
        <translation>
            <numerusform>%n problem(s) block publishing: %1.</numerusform>
            <numerusform>%n problem(s) block publishing: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation></translation>
    </message>
    <message>
        <source>Draft a variant</source>
        <translation>Draft a variant</translation>
    </message>
    <message>
        <source>The reply model writes a variant of this template for its platform and audience; it is not saved until you save it</source>
        <translation>The reply model writes a variant of this template for its platform and audience; it is not saved until you save it</translation>
    </message>
    <message>
        <source>Drafting a variant…</source>
        <translation>Drafting a variant…</translation>
    </message>
    <message>
        <source>The model wrote nothing; try again.</source>
        <translation>The model wrote nothing; try again.</translation>
    </message>
    <message>
        <source>Draft from the reply model, not saved: read it, let the quality check below pass, edit, then save it as a new version (Ctrl+Z restores the previous text).</source>
        <translation>Draft from the reply model, not saved: read it, let the quality check below pass, edit, then save it as a new version (Ctrl+Z restores the previous text).</translation>
    </message>
</context>
<context>
    <name>lx::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Lingxi</source>
        <translation></translation>
    </message>
    <message>
        <source>Lingxi keeps everything — operators, conversations, templates, models and the audit log — in one workspace file on this computer. Choose how to begin.</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Try the demo workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>A separate file with one operator per role; its logins are shown on the login screen.</source>
        <translation></translation>
    </message>
    <message>
        <source>Create an empty workspace…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open an existing workspace…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>lx::ui::WorkspaceWidget</name>
    <message>
        <source>Back up the workspace to</source>
        <translation></translation>
    </message>
    <message>
        <source>Lingxi workspace (*.lingxi)</source>
        <translation></translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Integrity and backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>integrity and foreign keys</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity ok, foreign keys ok.</source>
        <translation></translation>
    </message>
    <message>
        <source>Backing up the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation></translation>
    </message>
</context>
</TS>

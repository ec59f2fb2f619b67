#include "store/Migration.h"

namespace lx::store {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append(Migration{
        1,
        QStringLiteral("workspace settings and operators"),
        {
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY NOT NULL,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE operators ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),"
                           " display_name TEXT NOT NULL DEFAULT '',"
                           " role TEXT NOT NULL CHECK (role IN ('agent','marketer','supervisor','admin')),"
                           " password_hash TEXT NOT NULL,"
                           " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1)),"
                           " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                           " locked_until_ms INTEGER NOT NULL DEFAULT 0,"
                           " created_ms INTEGER NOT NULL,"
                           " password_changed_ms INTEGER NOT NULL,"
                           " last_login_ms INTEGER NOT NULL DEFAULT 0)"),
        },
    });

    list.append(Migration{
        2,
        QStringLiteral("hash-chained audit log"),
        {
            QStringLiteral("CREATE TABLE audit_log ("
                           " seq INTEGER PRIMARY KEY,"
                           " time_ms INTEGER NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " target TEXT NOT NULL DEFAULT '',"
                           " details TEXT NOT NULL DEFAULT '{}',"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_log_actor ON audit_log(actor, seq)"),
            QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action, seq)"),
            QStringLiteral("CREATE INDEX audit_log_time ON audit_log(time_ms)"),
            // Append-only inside Lingxi; verify() catches whoever goes around these.
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        },
    });

    list.append(Migration{
        3,
        QStringLiteral("audit chain head and operator lookup by role"),
        {
            QStringLiteral("CREATE TABLE audit_head ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " seq INTEGER NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO audit_head(id, seq, hash)"
                           " SELECT 1, seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"),
            QStringLiteral("CREATE INDEX operators_role ON operators(role, disabled)"),
        },
    });

    list.append(Migration{
        4,
        QStringLiteral("templates and scripts with versions"),
        {
            QStringLiteral("CREATE TABLE content_items ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('template','script')),"
                           " grp TEXT NOT NULL,"
                           " platform TEXT NOT NULL DEFAULT '',"
                           " name TEXT NOT NULL,"
                           " builtin_id TEXT UNIQUE,"
                           " created_ms INTEGER NOT NULL,"
                           " UNIQUE (kind, name))"),
            QStringLiteral("CREATE TABLE content_versions ("
                           " item_id INTEGER NOT NULL REFERENCES content_items(id) ON DELETE CASCADE,"
                           " version INTEGER NOT NULL,"
                           " body TEXT NOT NULL,"
                           " author TEXT NOT NULL,"
                           " time_ms INTEGER NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (item_id, version))"),
        },
    });

    list.append(Migration{
        5,
        QStringLiteral("knowledge graph: concepts, relations, user-defined types, saved layout"),
        {
            QStringLiteral("CREATE TABLE graph_types ("
                           " kind TEXT NOT NULL CHECK (kind IN ('concept','relation')),"
                           " key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),"
                           " label TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (kind, key))"),
            QStringLiteral("CREATE TABLE graph_concepts ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),"
                           " type TEXT NOT NULL,"
                           " aliases TEXT NOT NULL DEFAULT '[]',"
                           " description TEXT NOT NULL DEFAULT '',"
                           " weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),"
                           " x REAL, y REAL,"
                           " pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0,1)),"
                           " UNIQUE (type, name))"),
            QStringLiteral("CREATE TABLE graph_relations ("
                           " id INTEGER PRIMARY KEY,"
                           " source INTEGER NOT NULL REFERENCES graph_concepts(id) ON DELETE CASCADE,"
                           " target INTEGER NOT NULL REFERENCES graph_concepts(id) ON DELETE CASCADE,"
                           " type TEXT NOT NULL,"
                           " weight REAL NOT NULL CHECK (weight BETWEEN 0 AND 1),"
                           " CHECK (source <> target),"
                           " UNIQUE (source, target, type))"),
            QStringLiteral("CREATE INDEX graph_relations_target ON graph_relations(target)"),
            // The rules hold on connections without foreign_keys=ON too (sqlite3 shell, other tools).
            QStringLiteral("CREATE TRIGGER graph_relations_endpoints BEFORE INSERT ON graph_relations"
                           " WHEN NOT EXISTS (SELECT 1 FROM graph_concepts WHERE id = NEW.source)"
                           " OR NOT EXISTS (SELECT 1 FROM graph_concepts WHERE id = NEW.target)"
                           " BEGIN SELECT RAISE(ABORT, 'FOREIGN KEY: a relation needs both of its concepts'); END"),
            QStringLiteral("CREATE TRIGGER graph_relations_endpoints_update BEFORE UPDATE OF source, target ON graph_relations"
                           " WHEN NOT EXISTS (SELECT 1 FROM graph_concepts WHERE id = NEW.source)"
                           " OR NOT EXISTS (SELECT 1 FROM graph_concepts WHERE id = NEW.target)"
                           " BEGIN SELECT RAISE(ABORT, 'FOREIGN KEY: a relation needs both of its concepts'); END"),
            QStringLiteral("CREATE TRIGGER graph_concepts_cascade AFTER DELETE ON graph_concepts"
                           " BEGIN DELETE FROM graph_relations WHERE source = OLD.id OR target = OLD.id; END"),
        },
    });

    list.append(Migration{
        6,
        QStringLiteral("experiments: variants of template or script versions, weights, metric"),
        {
            QStringLiteral("CREATE TABLE experiments ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),"
                           " salt TEXT NOT NULL,"
                           " metric TEXT NOT NULL CHECK (metric IN ('click_through','conversion','engagement')),"
                           " guardrails TEXT NOT NULL DEFAULT '[]',"
                           " baseline REAL, mde REAL,"
                           " start_ms INTEGER, end_ms INTEGER,"
                           " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','running','stopped')),"
                           " created_by TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " CHECK (end_ms IS NULL OR start_ms IS NULL OR end_ms > start_ms))"),
            QStringLiteral("CREATE TABLE experiment_variants ("
                           " experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,"
                           " label TEXT NOT NULL,"
                           " item_id INTEGER NOT NULL REFERENCES content_items(id),"
                           " version INTEGER NOT NULL,"
                           " weight REAL NOT NULL CHECK (weight > 0),"
                           " PRIMARY KEY (experiment_id, label))"),
        },
    });

    list.append(Migration{
        7,
        QStringLiteral("profiles (pseudonymised identifiers, consent, layers, tags) and behaviour events"),
        {
            // Direct identifiers only as keyed pseudonyms (BLOB) and masked display forms.
            QStringLiteral("CREATE TABLE profiles ("
                           " id INTEGER PRIMARY KEY,"
                           " platform TEXT NOT NULL CHECK (platform IN ('wechat','wecom','weibo','douyin','xiaohongshu','web')),"
                           " platform_user_id TEXT NOT NULL CHECK (length(platform_user_id) BETWEEN 1 AND 128),"
                           " name_pseudonym BLOB, name_masked TEXT NOT NULL DEFAULT '',"
                           " phone_pseudonym BLOB, phone_masked TEXT NOT NULL DEFAULT '',"
                           " id_card_pseudonym BLOB, id_card_masked TEXT NOT NULL DEFAULT '',"
                           " gender TEXT NOT NULL DEFAULT 'unknown' CHECK (gender IN ('male','female','unknown')),"
                           " birth_year INTEGER,"
                           " city TEXT NOT NULL DEFAULT '',"
                           " occupation TEXT NOT NULL DEFAULT '',"
                           " followers INTEGER CHECK (followers IS NULL OR followers >= 0),"
                           " interests TEXT NOT NULL DEFAULT '[]',"
                           " vip INTEGER NOT NULL DEFAULT 0 CHECK (vip IN (0,1)),"
                           " first_seen_ms INTEGER, last_seen_ms INTEGER,"
                           " attributes TEXT NOT NULL DEFAULT '{}',"
                           " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
                           " UNIQUE (platform, platform_user_id))"),
            QStringLiteral("CREATE INDEX profiles_phone ON profiles(phone_pseudonym) WHERE phone_pseudonym IS NOT NULL"),
            // The narrow table segments are counted on: small integer codes, one row per profile.
            QStringLiteral("CREATE TABLE profile_layers ("
                           " profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,"
                           " platform INTEGER NOT NULL, gender INTEGER NOT NULL, age_band INTEGER NOT NULL,"
                           " city_tier INTEGER NOT NULL, occupation INTEGER NOT NULL, value_tier INTEGER NOT NULL DEFAULT 0,"
                           " vip INTEGER NOT NULL DEFAULT 0, consents INTEGER NOT NULL DEFAULT 0, minor INTEGER NOT NULL DEFAULT 0,"
                           " attitude INTEGER NOT NULL DEFAULT 0, last_seen_ms INTEGER)"),
            QStringLiteral("CREATE TABLE profile_tags ("
                           " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " tag TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL,"
                           " PRIMARY KEY (profile_id, tag)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX profile_tags_tag ON profile_tags(tag, profile_id)"),
            // Current consent per purpose, and every change to it.
            QStringLiteral("CREATE TABLE profile_consents ("
                           " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " purpose TEXT NOT NULL CHECK (purpose IN ('marketing','profiling','contact','sensitive')),"
                           " granted INTEGER NOT NULL CHECK (granted IN (0,1)),"
                           " time_ms INTEGER NOT NULL, source TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (profile_id, purpose)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE consent_log ("
                           " id INTEGER PRIMARY KEY,"
                           " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " purpose TEXT NOT NULL, granted INTEGER NOT NULL, time_ms INTEGER NOT NULL,"
                           " source TEXT NOT NULL DEFAULT '', recorded_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX consent_log_profile ON consent_log(profile_id, id)"),
            // Events cluster by user, type and time: the funnel's access path, and a fingerprint
            // of the rest of the record makes a second import of the same rows a no-op.
            QStringLiteral("CREATE TABLE events ("
                           " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " type INTEGER NOT NULL, time_ms INTEGER NOT NULL, fingerprint INTEGER NOT NULL,"
                           " content_id TEXT, brand TEXT, amount REAL, coupon INTEGER, tags TEXT,"
                           " experiment TEXT, variant TEXT, sentiment INTEGER,"
                           " PRIMARY KEY (profile_id, type, time_ms, fingerprint)) WITHOUT ROWID"),
        },
    });

    list.append(Migration{
        8,
        QStringLiteral("sentiment model registry: model files, metrics, who trained them, the active one"),
        {
            QStringLiteral("CREATE TABLE sentiment_models ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " sha256 TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL DEFAULT 'lingxi' CHECK (kind IN ('lingxi','torchscript')),"
                           " labels TEXT NOT NULL,"
                           " metrics TEXT NOT NULL DEFAULT '{}',"
                           " file BLOB NOT NULL,"
                           " size_bytes INTEGER NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0,1)))"),
            // At most one active model, enforced by the store itself.
            QStringLiteral("CREATE UNIQUE INDEX sentiment_models_active ON sentiment_models(active) WHERE active = 1"),
        },
    });

    list.append(Migration{
        9,
        QStringLiteral("conversation desk: conversations, messages, complaints, callbacks, agents, alerts"),
        {
            // One row per conversation; agent_id is set only while a person holds it, and the
            // conditional UPDATE on (state, agent_id) is what makes a takeover atomic.
            QStringLiteral("CREATE TABLE desk_conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " channel TEXT NOT NULL CHECK (channel IN ('wechat','wecom','weibo','douyin','xiaohongshu','import')),"
                           " external_id TEXT NOT NULL CHECK (length(external_id) BETWEEN 1 AND 128),"
                           " platform_user_id TEXT NOT NULL DEFAULT '',"
                           " profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE,"
                           " user_label TEXT NOT NULL DEFAULT '',"
                           " vip INTEGER NOT NULL DEFAULT 0 CHECK (vip IN (0,1)),"
                           " state TEXT NOT NULL DEFAULT 'bot' CHECK (state IN ('bot','queued','human','supervisor','closed')),"
                           " agent_id INTEGER REFERENCES operators(id),"
                           " streak INTEGER NOT NULL DEFAULT 0 CHECK (streak >= 0),"
                           " queued_ms INTEGER, first_response_due_ms INTEGER, sla_warned INTEGER NOT NULL DEFAULT 0,"
                           " assigned_ms INTEGER, answered_ms INTEGER,"
                           " last_message_ms INTEGER, last_text TEXT NOT NULL DEFAULT '', last_sentiment TEXT NOT NULL DEFAULT '',"
                           " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
                           " CHECK ((state = 'human') = (agent_id IS NOT NULL) OR state = 'supervisor'),"
                           " UNIQUE (channel, external_id))"),
            QStringLiteral("CREATE INDEX desk_conversations_state ON desk_conversations(state, agent_id)"),
            QStringLiteral("CREATE INDEX desk_conversations_profile ON desk_conversations(profile_id) WHERE profile_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE desk_messages ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES desk_conversations(id) ON DELETE CASCADE,"
                           " role TEXT NOT NULL CHECK (role IN ('user','bot','agent','supervisor')),"
                           " author TEXT NOT NULL DEFAULT '',"
                           " time_ms INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " sentiment TEXT CHECK (sentiment IS NULL OR sentiment IN ('positive','neutral','negative')),"
                           " p_positive REAL, p_neutral REAL, p_negative REAL,"
                           " action TEXT NOT NULL DEFAULT '', streak INTEGER)"),
            QStringLiteral("CREATE INDEX desk_messages_conversation ON desk_messages(conversation_id, id)"),
            // Every negative user message, labelled, for retraining the sentiment model.
            QStringLiteral("CREATE TABLE desk_complaints ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES desk_conversations(id) ON DELETE CASCADE,"
                           " message_id INTEGER NOT NULL REFERENCES desk_messages(id) ON DELETE CASCADE,"
                           " label TEXT NOT NULL, text TEXT NOT NULL, time_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE desk_callbacks ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES desk_conversations(id) ON DELETE CASCADE,"
                           " created_ms INTEGER NOT NULL, due_ms INTEGER NOT NULL, warned INTEGER NOT NULL DEFAULT 0,"
                           " done_ms INTEGER, done_by TEXT, breached_ms INTEGER)"),
            QStringLiteral("CREATE INDEX desk_callbacks_open ON desk_callbacks(conversation_id) WHERE done_ms IS NULL"),
            QStringLiteral("CREATE TABLE desk_agents ("
                           " operator_id INTEGER PRIMARY KEY REFERENCES operators(id) ON DELETE CASCADE,"
                           " presence TEXT NOT NULL DEFAULT 'offline' CHECK (presence IN ('online','busy','away','offline')),"
                           " capacity INTEGER NOT NULL DEFAULT 5 CHECK (capacity BETWEEN 0 AND 100),"
                           " presence_ms INTEGER NOT NULL DEFAULT 0,"
                           " last_assigned_ms INTEGER NOT NULL DEFAULT 0)"),
            // notify_agent / notify_supervisor / SLA warnings: for one agent, or for every supervisor.
            QStringLiteral("CREATE TABLE desk_alerts ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES desk_conversations(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL, agent_id INTEGER, for_supervisors INTEGER NOT NULL DEFAULT 0,"
                           " time_ms INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX desk_alerts_time ON desk_alerts(time_ms)"),
        },
    });

    list.append(Migration{
        10,
        QStringLiteral("model-quality reviews: the day's sample of the model's predictions and each human verdict"),
        {
            QStringLiteral("CREATE TABLE model_reviews ("
                           " message_id INTEGER PRIMARY KEY REFERENCES desk_messages(id) ON DELETE CASCADE,"
                           " day TEXT NOT NULL,"
                           " predicted TEXT NOT NULL,"
                           " confidence REAL,"
                           " sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0,1)),"
                           " keyword TEXT NOT NULL DEFAULT '',"
                           " label TEXT CHECK (label IS NULL OR label IN ('positive','neutral','negative')),"
                           " reviewer TEXT, reviewed_ms INTEGER)"),
            QStringLiteral("CREATE INDEX model_reviews_day ON model_reviews(day, label)"),
        },
    });

    list.append(Migration{
        11,
        QStringLiteral("templates say whom they are for (segment, tags); the workspace's own lexicons and allow-list"),
        {
            QStringLiteral("ALTER TABLE content_items ADD COLUMN segment TEXT NOT NULL DEFAULT ''"
                           " CHECK (segment IN ('','high_value','high_activity','new_user'))"),
            QStringLiteral("ALTER TABLE content_items ADD COLUMN tags TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE content_items SET platform = 'wechat_moments'"
                           " WHERE builtin_id = 'technology.standard' AND platform = ''"),
            QStringLiteral("UPDATE content_items SET platform = 'xiaohongshu'"
                           " WHERE builtin_id = 'beauty.standard' AND platform = ''"),
            QStringLiteral("UPDATE content_items SET platform = 'weibo'"
                           " WHERE builtin_id = 'education.standard' AND platform = ''"),
            QStringLiteral("CREATE TABLE lexicons ("
                           " category TEXT PRIMARY KEY,"
                           " allow INTEGER NOT NULL DEFAULT 0 CHECK (allow IN (0,1)),"
                           " words TEXT NOT NULL,"
                           " word_count INTEGER NOT NULL,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " added_by TEXT NOT NULL,"
                           " time_ms INTEGER NOT NULL)"),
        },
    });

    list.append(Migration{
        12,
        QStringLiteral("a supervisor's override of the quality gate for one template or script version, with the reason"),
        {
            QStringLiteral("ALTER TABLE content_versions ADD COLUMN override_by TEXT"),
            QStringLiteral("ALTER TABLE content_versions ADD COLUMN override_reason TEXT"),
            QStringLiteral("ALTER TABLE content_versions ADD COLUMN override_ms INTEGER"),
        },
    });

    list.append(Migration{
        13,
        QStringLiteral("sentiment models may be fine-tuned transformer encoders (a packed Hugging Face folder)"),
        {
            // SQLite cannot change a CHECK in place: the table is rebuilt with every row kept.
            QStringLiteral("CREATE TABLE sentiment_models_new ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " sha256 TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL DEFAULT 'lingxi' CHECK (kind IN ('lingxi','torchscript','encoder')),"
                           " labels TEXT NOT NULL,"
                           " metrics TEXT NOT NULL DEFAULT '{}',"
                           " file BLOB NOT NULL,"
                           " size_bytes INTEGER NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0,1)))"),
            QStringLiteral("INSERT INTO sentiment_models_new SELECT id, name, sha256, kind, labels, metrics, file, size_bytes,"
                           " created_by, created_ms, active FROM sentiment_models"),
            QStringLiteral("DROP TABLE sentiment_models"),
            QStringLiteral("ALTER TABLE sentiment_models_new RENAME TO sentiment_models"),
            QStringLiteral("CREATE UNIQUE INDEX sentiment_models_active ON sentiment_models(active) WHERE active = 1"),
        },
    });

    return list;
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace lx::store

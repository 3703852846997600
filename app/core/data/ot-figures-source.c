/* ot-figures-source.c: a figures file, loaded in a thread and followed as it changes
 *
 * The window's figures come from here when they come from a file: open()
 * reads it in a GTask thread (a figures file, a UNHCR export or its zip, told
 * apart by their content: ot_import_file), "loaded" or "failed" says how it
 * went, and from the first good load on the file is followed: a file monitor
 * where the system has one that hears, else its time and size every
 * poll-interval. Bursts of changes (a spreadsheet saving, or writing elsewhere
 * and renaming) end before it reads again. A file that cannot be used loses
 * nothing: the dataset stays the last good one. GIO only, so it is tested
 * without a display (tests/test-figures-source.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-figures-source"

#include "config.h"

#include <string.h>

#include "ot-data-enums.h"
#include "ot-figures-source.h"
#include "ot-import.h"

/* Spreadsheets save in bursts: read once the burst has been quiet this long. */
#define DEBOUNCE_MS 300
#define DEFAULT_POLL_MS 2000

struct _OtFiguresSource
{
  GObject         parent_instance;

  GFile          *file;        /* the file followed, once it loaded; NULL for none */
  OtDataset      *dataset;     /* the last good one */
  GError         *error;       /* the last load's, NULL after a good one */
  GCancellable   *loading;
  GFileMonitor   *monitor;
  guint           debounce_source;
  guint           poll_source;
  guint64         poll_stamp;
  guint           poll_interval;
  gboolean        poll;        /* look every poll-interval rather than ask for a monitor */
};

typedef struct
{
  GFile    *file;
  gboolean  reload;
} Load;

enum
{
  PROP_0,
  PROP_FILE,
  PROP_DATASET,
  PROP_ERROR,
  PROP_LOADING,
  PROP_WATCH,
  PROP_POLL_INTERVAL,
  PROP_POLL,
  N_PROPS
};

enum
{
  SIGNAL_LOADED,
  SIGNAL_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OtFiguresSource, ot_figures_source, G_TYPE_OBJECT)

static void start_load (OtFiguresSource *self,
                        GFile           *file,
                        gboolean         reload);

gboolean
ot_figures_source_monitor_is_blind (GFile *file)
{
  g_autofree char *path = NULL;
  const char *rest;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path != NULL && g_str_has_prefix (path, "/run/flatpak/doc/"))
    return TRUE;
  if (path == NULL || !g_str_has_prefix (path, "/run/user/"))
    return FALSE;

  /* /run/user/UID/doc/... */
  rest = path + strlen ("/run/user/");
  while (g_ascii_isdigit (*rest))
    rest++;
  return rest > path + strlen ("/run/user/") && g_str_has_prefix (rest, "/doc/");
}

static void
load_free (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->file);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;
  OtDataset *dataset = ot_import_file (load->file, cancellable, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/* The file's time and size: a save changes one of them. */
static guint64
file_stamp (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return 0;

  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * 1000000
         + g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC)
         + g_file_info_get_size (info);
}

static gboolean
poll_cb (gpointer user_data)
{
  OtFiguresSource *self = user_data;
  guint64 stamp = file_stamp (self->file);

  if (stamp != 0 && stamp != self->poll_stamp && self->debounce_source == 0)
    ot_figures_source_reload (self);
  self->poll_stamp = stamp;
  return G_SOURCE_CONTINUE;
}

static gboolean
debounce_cb (gpointer user_data)
{
  OtFiguresSource *self = user_data;

  self->debounce_source = 0;
  ot_figures_source_reload (self);
  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    OtFiguresSource   *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      g_clear_handle_id (&self->debounce_source, g_source_remove);
      self->debounce_source = g_timeout_add (DEBOUNCE_MS, debounce_cb, self);
      break;
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
stop_watching (OtFiguresSource *self)
{
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_func (self->monitor, monitor_changed_cb, self);
  g_clear_object (&self->monitor);
  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_clear_handle_id (&self->debounce_source, g_source_remove);
}

static void
start_polling (OtFiguresSource *self)
{
  g_clear_handle_id (&self->poll_source, g_source_remove);
  self->poll_stamp = file_stamp (self->file);
  self->poll_source = g_timeout_add (self->poll_interval, poll_cb, self);
}

/* A monitor where the system can tell of changes; where it cannot (no
 * inotify watches left, some network folders) or where its monitor is
 * known to be blind (the document portal), a look every poll-interval. */
static void
watch_file (OtFiguresSource *self)
{
  stop_watching (self);

  if (!self->poll && !ot_figures_source_monitor_is_blind (self->file))
    self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
  else
    start_polling (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WATCH]);
}

static void
set_loading (OtFiguresSource *self,
             GCancellable    *loading)
{
  gboolean was = self->loading != NULL;

  g_clear_object (&self->loading);
  self->loading = loading;
  if (was != (loading != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_error (OtFiguresSource *self,
           const GError    *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  self->error = error != NULL ? g_error_copy (error) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  OtFiguresSource *self = OT_FIGURES_SOURCE (source);
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(OtDataset) dataset = g_task_propagate_pointer (G_TASK (result), &error);

  /* Replaced by a later load, or closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  set_loading (self, NULL);

  if (dataset == NULL)
    {
      set_error (self, error);
      g_object_thaw_notify (G_OBJECT (self));
      g_signal_emit (self, signals[SIGNAL_FAILED], 0, load->file, error, load->reload);
      return;
    }

  set_error (self, NULL);
  g_set_object (&self->dataset, dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  if (!load->reload)
    {
      g_set_object (&self->file, load->file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      watch_file (self);
    }
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[SIGNAL_LOADED], 0, dataset, load->reload);
}

static void
start_load (OtFiguresSource *self,
            GFile           *file,
            gboolean         reload)
{
  g_autoptr(GTask) task = NULL;
  Load *load = g_new0 (Load, 1);
  GCancellable *loading = g_cancellable_new ();

  g_cancellable_cancel (self->loading);
  set_loading (self, loading);

  load->file = g_object_ref (file);
  load->reload = reload;
  task = g_task_new (self, loading, loaded_cb, NULL);
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, load, load_free);
  g_task_run_in_thread (task, load_thread);
}

/* Reads @file; once it has loaded, it is the file followed. Until then (and
 * when it cannot be used) the file followed so far stays. */
void
ot_figures_source_open (OtFiguresSource *self,
                        GFile           *file)
{
  g_return_if_fail (OT_IS_FIGURES_SOURCE (self));
  g_return_if_fail (G_IS_FILE (file));

  start_load (self, file, FALSE);
}

/* Reads the followed file again; nothing without one. */
void
ot_figures_source_reload (OtFiguresSource *self)
{
  g_return_if_fail (OT_IS_FIGURES_SOURCE (self));

  if (self->file != NULL)
    start_load (self, self->file, TRUE);
}

/* Stops loading and following: no file, no dataset, no error. */
void
ot_figures_source_close (OtFiguresSource *self)
{
  g_return_if_fail (OT_IS_FIGURES_SOURCE (self));

  g_object_freeze_notify (G_OBJECT (self));
  g_cancellable_cancel (self->loading);
  set_loading (self, NULL);
  stop_watching (self);
  if (self->file != NULL)
    {
      g_clear_object (&self->file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WATCH]);
    }
  if (self->dataset != NULL)
    {
      g_clear_object (&self->dataset);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
    }
  set_error (self, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

GFile *
ot_figures_source_get_file (OtFiguresSource *self)
{
  g_return_val_if_fail (OT_IS_FIGURES_SOURCE (self), NULL);

  return self->file;
}

OtDataset *
ot_figures_source_get_dataset (OtFiguresSource *self)
{
  g_return_val_if_fail (OT_IS_FIGURES_SOURCE (self), NULL);

  return self->dataset;
}

const GError *
ot_figures_source_get_error (OtFiguresSource *self)
{
  g_return_val_if_fail (OT_IS_FIGURES_SOURCE (self), NULL);

  return self->error;
}

gboolean
ot_figures_source_get_loading (OtFiguresSource *self)
{
  g_return_val_if_fail (OT_IS_FIGURES_SOURCE (self), FALSE);

  return self->loading != NULL;
}

OtFiguresWatch
ot_figures_source_get_watch (OtFiguresSource *self)
{
  g_return_val_if_fail (OT_IS_FIGURES_SOURCE (self), OT_FIGURES_WATCH_NONE);

  if (self->monitor != NULL)
    return OT_FIGURES_WATCH_MONITOR;
  if (self->poll_source != 0)
    return OT_FIGURES_WATCH_POLL;
  return OT_FIGURES_WATCH_NONE;
}

guint
ot_figures_source_get_poll_interval (OtFiguresSource *self)
{
  g_return_val_if_fail (OT_IS_FIGURES_SOURCE (self), DEFAULT_POLL_MS);

  return self->poll_interval;
}

void
ot_figures_source_set_poll_interval (OtFiguresSource *self,
                                     guint            milliseconds)
{
  g_return_if_fail (OT_IS_FIGURES_SOURCE (self));
  g_return_if_fail (milliseconds > 0);

  if (self->poll_interval == milliseconds)
    return;

  self->poll_interval = milliseconds;
  if (self->poll_source != 0)
    start_polling (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLL_INTERVAL]);
}

/* Looks at the file every poll-interval instead of asking for a monitor:
 * for places whose monitors hear nothing that the program cannot tell by
 * their path (a path under the document portal it tells itself). */
void
ot_figures_source_set_poll (OtFiguresSource *self,
                            gboolean         poll)
{
  g_return_if_fail (OT_IS_FIGURES_SOURCE (self));

  poll = !!poll;
  if (self->poll == poll)
    return;

  self->poll = poll;
  if (self->file != NULL)
    watch_file (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLL]);
}

static void
ot_figures_source_dispose (GObject *object)
{
  OtFiguresSource *self = OT_FIGURES_SOURCE (object);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  stop_watching (self);
  g_clear_object (&self->file);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ot_figures_source_parent_class)->dispose (object);
}

static void
ot_figures_source_finalize (GObject *object)
{
  OtFiguresSource *self = OT_FIGURES_SOURCE (object);

  g_clear_error (&self->error);

  G_OBJECT_CLASS (ot_figures_source_parent_class)->finalize (object);
}

static void
ot_figures_source_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OtFiguresSource *self = OT_FIGURES_SOURCE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading != NULL);
      break;
    case PROP_WATCH:
      g_value_set_enum (value, ot_figures_source_get_watch (self));
      break;
    case PROP_POLL_INTERVAL:
      g_value_set_uint (value, self->poll_interval);
      break;
    case PROP_POLL:
      g_value_set_boolean (value, self->poll);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_figures_source_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OtFiguresSource *self = OT_FIGURES_SOURCE (object);

  switch (prop_id)
    {
    case PROP_POLL_INTERVAL:
      ot_figures_source_set_poll_interval (self, g_value_get_uint (value));
      break;
    case PROP_POLL:
      ot_figures_source_set_poll (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ot_figures_source_class_init (OtFiguresSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ot_figures_source_dispose;
  object_class->finalize = ot_figures_source_finalize;
  object_class->get_property = ot_figures_source_get_property;
  object_class->set_property = ot_figures_source_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, OT_TYPE_DATASET,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WATCH] =
    g_param_spec_enum ("watch", NULL, NULL, OT_TYPE_FIGURES_WATCH, OT_FIGURES_WATCH_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POLL_INTERVAL] =
    g_param_spec_uint ("poll-interval", NULL, NULL, 1, G_MAXUINT, DEFAULT_POLL_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POLL] =
    g_param_spec_boolean ("poll", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A file read in full: (dataset, reload). */
  signals[SIGNAL_LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, OT_TYPE_DATASET, G_TYPE_BOOLEAN);
  /* A file that cannot be used: (file, error, reload); the dataset stays. */
  signals[SIGNAL_FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_FILE, G_TYPE_ERROR, G_TYPE_BOOLEAN);
}

static void
ot_figures_source_init (OtFiguresSource *self)
{
  self->poll_interval = DEFAULT_POLL_MS;
}

OtFiguresSource *
ot_figures_source_new (void)
{
  return g_object_new (OT_TYPE_FIGURES_SOURCE, NULL);
}

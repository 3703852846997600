/* ot-export-dialog.c: export a chart for a slide or a page
 *
 * Format, size, scale, language and theme, each remembered in GSettings as
 * soon as it is chosen. "Export…" asks where with the file chooser
 * (ot_compat_choose_file), whose save mode asks before it replaces a
 * file; the chart is rendered whole in memory and only then replaces
 * anything (ot_export_to_file).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export-dialog"

#include "config.h"

#include "ot-accessible.h"
#include "ot-compat.h"
#include "ot-enums.h"
#include "ot-export-enums.h"
#include "ot-settings.h"
#include "ot-slide.h"
#include "ot-export-dialog.h"

/* The size row lists ot_export_get_size_presets, then "Custom": the
 * order of OtExportSize (ot-settings.h), whose nicks the settings store;
 * the format and theme rows follow their enums (ot-export.h, ot-chart.h);
 * the language row lists Dutch, then English: OtExportLanguage less "app"
 * (ot_settings_get_export_lang). */

struct _OtExportDialog
{
  AdwWindow   parent_instance;

  GSettings  *settings;
  OtDataset  *dataset;
  const OtChart *chart;
  OtChartChanges *changes;  /* the briefing's, or NULL */
  OtLang      lang;

  AdwComboRow *format_row;
  AdwActionRow *snippet_row;
  GtkWidget  *snippet_button;
  AdwComboRow *size_row;
  AdwActionRow *width_row;
  AdwActionRow *height_row;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  AdwComboRow *scale_row;
  AdwActionRow *transparent_row;
  GtkSwitch  *transparent_switch;
  AdwComboRow *lang_row;
  AdwComboRow *theme_row;
  AdwWindowTitle *window_title;
  GtkWidget  *cancel_button;
  GtkWidget  *export_button;
  AdwPreferencesGroup *preview_group;
  AdwPreferencesGroup *chart_group;
  GtkPicture *preview;
  GtkLabel   *preview_note;
  GCancellable         *choosing;      /* the file chooser, while it is open */
};

enum
{
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OtExportDialog, ot_export_dialog, ADW_TYPE_WINDOW)

/* "png", "svg", "pdf": the format's nick. */
const char *
ot_export_format_extension (OtExportFormat format)
{
  const char *nick = ot_enum_to_nick (OT_TYPE_EXPORT_FORMAT, format);

  return nick != NULL ? nick : "png";
}


/* The remembered choices as export options. */
void
ot_export_options_from_settings (GSettings       *settings,
                                 OtLang           app_lang,
                                 OtExportOptions *options)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (options != NULL);

  /* Fields the dialog does not set (editable SVG text, ...) default to zero. */
  *options = (OtExportOptions) { 0 };

  options->format = (OtExportFormat) g_settings_get_enum (settings, "export-format");
  ot_settings_get_export_size (settings, &options->width, &options->height);
  options->scale = options->format == OT_EXPORT_PNG ? g_settings_get_int (settings, "export-scale")
                                                    : 1;
  options->style.lang = ot_settings_get_export_lang (settings, app_lang);
  options->style.theme = (OtTheme) g_settings_get_enum (settings, "export-theme");
  options->style.shares = g_settings_get_boolean (settings, "breakdown-shares");
  options->style.transparent = options->format == OT_EXPORT_PNG
                               && g_settings_get_boolean (settings, "export-transparent");
}

/* The export's choices, with the chart's changes. */
static void
dialog_options (OtExportDialog  *self,
                OtExportOptions *options)
{
  ot_export_options_from_settings (self->settings, self->lang, options);
  options->style.changes = self->changes;
}

static GListModel *
string_model (OtLang              lang,
              const char * const *strings,
              guint               n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, ot_gettext (lang, strings[i]));
  return G_LIST_MODEL (list);
}

/* A button's mnemonic label, and its name without the underline. */
static void
label_button (GtkWidget  *button,
              const char *mnemonic)
{
  g_autofree char *name = ot_accessible_strip_mnemonic (mnemonic);

  gtk_button_set_label (GTK_BUTTON (button), mnemonic);
  ot_accessible_set_label (button, name);
}

static void
update_rows (OtExportDialog *self)
{
  OtExportOptions options;
  gboolean custom = g_settings_get_enum (self->settings, "export-size") == OT_EXPORT_SIZE_CUSTOM;
  g_autofree char *pixels = NULL;

  dialog_options (self, &options);
  gtk_widget_set_visible (GTK_WIDGET (self->width_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->height_row), custom);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), options.format == OT_EXPORT_PNG);
  /* A web page holds the chart for every width and both schemes. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->size_row), options.format != OT_EXPORT_HTML);
  gtk_widget_set_sensitive (GTK_WIDGET (self->theme_row), options.format != OT_EXPORT_HTML);
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_row), options.format == OT_EXPORT_HTML);
  label_button (self->snippet_button, ot_gettext (self->lang, "_Copy Snippet"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->transparent_row), options.format == OT_EXPORT_PNG);

  if (options.format == OT_EXPORT_PNG)
    pixels = g_strdup_printf (ot_gettext (self->lang, "%d × %d pixels"),
                              options.width * options.scale, options.height * options.scale);
  else if (options.format == OT_EXPORT_HTML)
    pixels = g_strdup (ot_gettext (self->lang, "Fits pages from 320 to 1200 pixels wide"));
  else
    pixels = g_strdup_printf (ot_gettext (self->lang, "%d × %d points, scales without loss"),
                              options.width, options.height);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->size_row), pixels);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->theme_row),
                               options.format == OT_EXPORT_HTML
                               ? ot_gettext (self->lang, "Light or dark, as the reader's system is")
                               : ot_gettext (self->lang, "Whatever the window's colours"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scale_row),
                               options.format == OT_EXPORT_PNG
                               ? ot_gettext (self->lang, "Sharper on large screens and in print")
                               : ot_gettext (self->lang, "Only for PNG"));
  adw_action_row_set_subtitle (self->transparent_row,
                               options.format == OT_EXPORT_PNG
                               ? ot_gettext (self->lang, "No background, for a page of its own "
                                                         "colour")
                               : ot_gettext (self->lang, "Only for PNG"));
}

/* The biggest export the dialog draws a preview of, in pixels (4K). */
#define PREVIEW_MAX_PIXELS (3840.0 * 2160.0)

/* What the export will hold: the chart drawn at the chosen size, language
 * and theme (as PNG, which lays out as SVG and PDF do). */
static void
update_preview (OtExportDialog *self)
{
  const OtChart *chart = self->chart;
  OtDataset *dataset = self->dataset;
  OtExportOptions options;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  dialog_options (self, &options);
  options.format = OT_EXPORT_PNG;
  options.scale = 1;

  if (chart != NULL && dataset != NULL
      && (double) options.width * options.height <= PREVIEW_MAX_PIXELS)
    png = ot_export_render (chart, dataset, &options, NULL);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, NULL);

  gtk_picture_set_paintable (self->preview, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->preview), texture != NULL);
  gtk_label_set_text (self->preview_note,
                      texture != NULL ? ot_gettext (self->lang, "What the file will show")
                                      : ot_gettext (self->lang, "Too large to preview"));
  if (chart != NULL)
    {
      g_autofree char *title = ot_chart_dup_title (chart, dataset,
                                                   options.style.lang);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
    }
}

static void
row_changed_cb (OtExportDialog *self)
{
  guint size = adw_combo_row_get_selected (self->size_row);
  guint scale = adw_combo_row_get_selected (self->scale_row);
  guint n_presets;

  ot_export_get_size_presets (&n_presets);

  g_settings_delay (self->settings);
  g_settings_set_enum (self->settings, "export-format",
                       MIN (adw_combo_row_get_selected (self->format_row), OT_EXPORT_HTML));
  g_settings_set_enum (self->settings, "export-size", MIN (size, n_presets));
  g_settings_set_int (self->settings, "export-width", gtk_spin_button_get_value_as_int (self->width_spin));
  g_settings_set_int (self->settings, "export-height", gtk_spin_button_get_value_as_int (self->height_spin));
  g_settings_set_int (self->settings, "export-scale", MIN (scale, 2) + 1);
  g_settings_set_boolean (self->settings, "export-transparent",
                          gtk_switch_get_active (self->transparent_switch));
  g_settings_set_enum (self->settings, "export-language",
                       adw_combo_row_get_selected (self->lang_row) == 0 ? OT_EXPORT_LANGUAGE_NL
                                                                       : OT_EXPORT_LANGUAGE_EN);
  g_settings_set_enum (self->settings, "export-theme",
                       MIN (adw_combo_row_get_selected (self->theme_row), OT_THEME_HIGH_CONTRAST));
  g_settings_apply (self->settings);
  update_rows (self);
  update_preview (self);
}

/* A row of the template, with its title and its list in @self's language. */
static void
fill_combo (OtExportDialog     *self,
            AdwComboRow        *row,
            const char         *title,
            const char * const *strings,
            guint               n,
            guint               selected)
{
  g_autoptr(GListModel) model = string_model (self->lang, strings, n);
  g_autoptr(GtkListItemFactory) factory = ot_accessible_string_factory_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Items named for a screen reader, the current one marked. */
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_model (row, model);
  adw_combo_row_set_selected (row, selected);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (row_changed_cb), self);
}

static void
fill_spin (OtExportDialog *self,
           AdwActionRow   *row,
           GtkSpinButton  *spin,
           const char     *title,
           int             value)
{
  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (spin), OT_EXPORT_MAX_SIZE);
  gtk_spin_button_set_value (spin, value);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (row_changed_cb), self);
}

static char *
suggested_name (OtExportDialog *self)
{
  OtExportOptions options;

  dialog_options (self, &options);
  return g_strdup_printf ("ontheemd-%s.%s", self->chart != NULL ? self->chart->id : "chart",
                          ot_export_format_extension (options.format));
}

static void
file_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  OtExportDialog *self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;

  file = ot_compat_choose_file_finish (result, &error);
  /* Cancelled: the dialog is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = OT_EXPORT_DIALOG (user_data);
  g_clear_object (&self->choosing);
  if (file == NULL)
    return;

  if (!ot_export_chart_as_chosen (self->settings, self->lang, self->chart, self->changes,
                                  self->dataset, file, &error))
    {
      ot_compat_alert (GTK_WIDGET (self), ot_gettext (self->lang, "The chart could not be "
                                                      "exported"),
                       error->message, ot_gettext (self->lang, "_Close"));
      return;
    }

  folder = g_file_get_parent (file);
  if (folder != NULL)
    {
      uri = g_file_get_uri (folder);
      g_settings_set_string (self->settings, "export-folder", uri);
    }
  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, file);
  gtk_window_close (GTK_WINDOW (self));
}

/* The same page the export writes, framed, on the clipboard. */
static void
copy_snippet_cb (OtExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) page = NULL;
  g_autofree char *snippet = NULL;
  g_autofree char *title = NULL;
  OtExportOptions options;

  if (self->chart == NULL || self->dataset == NULL)
    return;
  dialog_options (self, &options);
  options.format = OT_EXPORT_HTML;
  page = ot_export_render_html (self->chart, self->dataset, &options, &error);
  if (page == NULL)
    {
      adw_action_row_set_subtitle (self->snippet_row, error->message);
      return;
    }
  title = ot_chart_dup_title (self->chart, self->dataset, options.style.lang);
  snippet = ot_export_dup_html_snippet (page, title);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), snippet);
  label_button (self->snippet_button, ot_gettext (self->lang, "Copied"));
}

static void
export_clicked_cb (OtExportDialog *self)
{
  g_autofree char *name = suggested_name (self);
  g_autofree char *folder_uri = g_settings_get_string (self->settings, "export-folder");
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  OtExportOptions options;

  dialog_options (self, &options);
  if (*folder_uri != '\0')
    folder = g_file_new_for_uri (folder_uri);
  else if (g_get_user_special_dir (G_USER_DIRECTORY_PICTURES) != NULL)
    folder = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_PICTURES));

  gtk_file_filter_set_name (filter, ot_gettext (self->lang, options.format == OT_EXPORT_PNG
                                                ? "PNG image" : options.format == OT_EXPORT_SVG
                                                ? "SVG drawing" : options.format == OT_EXPORT_PDF
                                                ? "PDF document" : "Web page"));
  gtk_file_filter_add_suffix (filter, ot_export_format_extension (options.format));

  /* The file chooser asks before it replaces an existing file. */
  if (self->choosing != NULL)
    g_cancellable_cancel (self->choosing);
  g_clear_object (&self->choosing);
  self->choosing = g_cancellable_new ();
  ot_compat_choose_file (GTK_WINDOW (self), OT_COMPAT_FILE_SAVE,
                         ot_gettext (self->lang, "Export Chart"),
                         ot_gettext (self->lang, "_Export"), folder, name, filter, self->choosing,
                         file_chosen_cb, self);
}

static void
ot_export_dialog_dispose (GObject *object)
{
  OtExportDialog *self = OT_EXPORT_DIALOG (object);

  if (self->choosing != NULL)
    g_cancellable_cancel (self->choosing);
  g_clear_object (&self->choosing);
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->changes, ot_chart_changes_free);

  G_OBJECT_CLASS (ot_export_dialog_parent_class)->dispose (object);
}

static void
ot_export_dialog_class_init (OtExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ot_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ot-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, preview_note);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, snippet_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, snippet_button);
  gtk_widget_class_bind_template_callback (widget_class, copy_snippet_cb);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, transparent_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, transparent_switch);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, chart_group);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, lang_row);
  gtk_widget_class_bind_template_child (widget_class, OtExportDialog, theme_row);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* The chart was written to the file. */
  signals[SIGNAL_EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);
}

static void
ot_export_dialog_init (OtExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
build (OtExportDialog *self)
{
  static const char *format_labels[] = { N_("PNG image"), N_("SVG drawing"), N_("PDF document"),
                                         N_("Web page") };
  static const char *scale_labels[] = { "1×", "2×", "3×" };
  static const char *lang_labels[] = { "Nederlands", "English" };
  static const char *theme_labels[] = { N_("Light"), N_("Dark"), N_("High contrast") };
  guint n_presets;
  const OtExportSizePreset *presets = ot_export_get_size_presets (&n_presets);
  g_autofree const char **size_labels = g_new0 (const char *, n_presets + 1);
  OtLang lang = self->lang;
  OtLang chosen_lang = ot_settings_get_export_lang (self->settings, lang);
  /* Which chart: its title as shown, the user's if any. */
  g_autofree char *title = self->chart != NULL && self->dataset != NULL
                           ? ot_slide_dup_title (self->chart, self->dataset, self->changes, lang)
                           : g_strdup ("");

  for (guint i = 0; i < n_presets; i++)
    size_labels[i] = presets[i].label;
  size_labels[n_presets] = N_("Custom");

  /* The template's words, in the window's language (ui/ot-export-dialog.ui). */
  gtk_window_set_title (GTK_WINDOW (self), ot_gettext (lang, "Export Chart"));
  label_button (self->cancel_button, ot_gettext (lang, "_Cancel"));
  label_button (self->export_button, ot_gettext (lang, "_Export…"));
  /* Which chart this exports. */
  adw_window_title_set_title (self->window_title, ot_gettext (lang, "Export Chart"));
  adw_window_title_set_subtitle (self->window_title, title);

  adw_preferences_group_set_title (self->preview_group, ot_gettext (lang, "Preview"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->snippet_row),
                                 ot_gettext (lang, "Snippet for a web page"));
  adw_action_row_set_subtitle (self->snippet_row,
                               ot_gettext (lang, "The page in an iframe, to paste into a CMS"));
  gtk_widget_set_tooltip_text (self->snippet_button,
                               ot_gettext (lang, "Copy the chart as HTML to paste into a web page"));
  fill_combo (self, self->format_row, ot_gettext (lang, "Format"), format_labels,
              G_N_ELEMENTS (format_labels),
              g_settings_get_enum (self->settings, "export-format"));
  fill_combo (self, self->size_row, ot_gettext (lang, "Size"), size_labels, n_presets + 1,
              g_settings_get_enum (self->settings, "export-size"));
  fill_spin (self, self->width_row, self->width_spin, ot_gettext (lang, "Width"),
             g_settings_get_int (self->settings, "export-width"));
  fill_spin (self, self->height_row, self->height_spin, ot_gettext (lang, "Height"),
             g_settings_get_int (self->settings, "export-height"));
  fill_combo (self, self->scale_row, ot_gettext (lang, "Scale"), scale_labels, 3,
              g_settings_get_int (self->settings, "export-scale") - 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->transparent_row),
                                 ot_gettext (lang, "Transparent background"));
  gtk_switch_set_active (self->transparent_switch,
                         g_settings_get_boolean (self->settings, "export-transparent"));
  g_signal_connect_swapped (self->transparent_switch, "notify::active",
                            G_CALLBACK (row_changed_cb), self);

  adw_preferences_group_set_title (self->chart_group, ot_gettext (lang, "Chart"));
  fill_combo (self, self->lang_row, ot_gettext (lang, "Language"), lang_labels, 2,
              chosen_lang == OT_LANG_NL ? 0 : 1);
  fill_combo (self, self->theme_row, ot_gettext (lang, "Theme"), theme_labels, 3,
              g_settings_get_enum (self->settings, "export-theme"));

  update_rows (self);
  update_preview (self);
}

/* Exports @chart of @dataset drawn with @changes (copied; NULL: as the
 * letter has it), with the choices remembered in @settings, "exported"
 * (the file) once it is written; everything in @lang. */
GtkWidget *
ot_export_dialog_new (GtkWindow            *parent,
                      GSettings            *settings,
                      OtDataset            *dataset,
                      const OtChart        *chart,
                      const OtChartChanges *changes,
                      OtLang                lang)
{
  OtExportDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (dataset == NULL || OT_IS_DATASET (dataset), NULL);

  self = g_object_new (OT_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  self->dataset = dataset != NULL ? g_object_ref (dataset) : NULL;
  self->chart = chart;
  self->changes = changes != NULL ? ot_chart_changes_copy (changes) : NULL;
  self->lang = lang;
  build (self);
  return GTK_WIDGET (self);
}

/* The chart written to @file as the export's choices in @settings say, in
 * the format its name gives: what the dialog and the window's own export
 * do. */
gboolean
ot_export_chart_as_chosen (GSettings            *settings,
                           OtLang                lang,
                           const OtChart        *chart,
                           const OtChartChanges *changes,
                           OtDataset            *dataset,
                           GFile                *file,
                           GError              **error)
{
  g_autofree char *name = g_file_get_basename (file);
  OtExportOptions options;

  ot_export_options_from_settings (settings, lang, &options);
  options.style.changes = changes;
  ot_export_format_from_name (name, &options.format, NULL);
  if (options.format != OT_EXPORT_PNG)
    {
      options.scale = 1;
      options.style.transparent = FALSE;
    }

  if (dataset == NULL || chart == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           ot_gettext (lang, "There are no figures to export."));
      return FALSE;
    }

  return ot_export_to_file (chart, dataset, &options, file, NULL, error);
}

/* ot-export-dialog.c: export a chart for a slide or a page
 *
 * Format, size, scale, language and theme, each remembered in GSettings as
 * soon as it is chosen. "Export…" asks where with GtkFileChooserNative,
 * whose save mode asks before it replaces a file; the chart is rendered
 * whole in memory and only then replaces anything (ot_export_to_file).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-export-dialog"

#include "config.h"

#include "ot-accessible.h"
#include "ot-enums.h"
#include "ot-export-enums.h"
#include "ot-settings.h"
#include "ot-export-dialog.h"

typedef struct
{
  const char *label;
  int         width;
  int         height;
} SizePreset;

/* By OtExportSize; the combo rows list formats, sizes and themes in the
 * order of their enums (ot-export.h, ot-settings.h, ot-chart.h), whose
 * nicks the settings store. */
static const SizePreset presets[] = {
  [OT_EXPORT_SIZE_SLIDE_16_9] = { N_("Slide 16:9"), 1920, 1080 },
  [OT_EXPORT_SIZE_SLIDE_4_3] = { N_("Slide 4:3"), 1024, 768 },
  /* A4 in points, 1/72 inch. */
  [OT_EXPORT_SIZE_A4_LANDSCAPE] = { N_("A4 landscape"), 842, 595 },
  [OT_EXPORT_SIZE_A4_PORTRAIT] = { N_("A4 portrait"), 595, 842 },
  [OT_EXPORT_SIZE_CUSTOM] = { N_("Custom"), 0, 0 },
};

/* The language row lists Dutch, then English: OtExportLanguage less "app". */
static OtLang
export_lang (GSettings *settings,
             OtLang     app_lang)
{
  switch (g_settings_get_enum (settings, "export-language"))
    {
    case OT_EXPORT_LANGUAGE_NL:
      return OT_LANG_NL;
    case OT_EXPORT_LANGUAGE_EN:
      return OT_LANG_EN;
    case OT_EXPORT_LANGUAGE_APP:
    default:
      return app_lang;
    }
}

struct _OtExportDialog
{
  AdwWindow   parent_instance;

  GSettings  *settings;
  OtDataset  *dataset;
  const OtChart *chart;
  OtLang      lang;

  AdwComboRow *format_row;
  AdwComboRow *size_row;
  AdwActionRow *width_row;
  AdwActionRow *height_row;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  AdwComboRow *scale_row;
  AdwComboRow *lang_row;
  AdwComboRow *theme_row;
  GtkWidget  *export_button;
  GtkPicture *preview;
  GtkLabel   *preview_note;
  GtkFileChooserNative *chooser;
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
  const SizePreset *preset;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (options != NULL);

  preset = &presets[MIN ((guint) g_settings_get_enum (settings, "export-size"),
                         G_N_ELEMENTS (presets) - 1)];

  /* Fields the dialog does not set (editable SVG text, ...) default to zero. */
  *options = (OtExportOptions) { 0 };

  options->format = (OtExportFormat) g_settings_get_enum (settings, "export-format");
  if (preset->width > 0)
    {
      options->width = preset->width;
      options->height = preset->height;
    }
  else
    {
      options->width = g_settings_get_int (settings, "export-width");
      options->height = g_settings_get_int (settings, "export-height");
    }
  options->scale = options->format == OT_EXPORT_PNG ? g_settings_get_int (settings, "export-scale")
                                                    : 1;
  options->style.lang = export_lang (settings, app_lang);
  options->style.theme = (OtTheme) g_settings_get_enum (settings, "export-theme");
  options->style.shares = g_settings_get_boolean (settings, "breakdown-shares");
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

static void
update_rows (OtExportDialog *self)
{
  OtExportOptions options;
  gboolean custom = g_settings_get_enum (self->settings, "export-size") == OT_EXPORT_SIZE_CUSTOM;
  g_autofree char *pixels = NULL;

  ot_export_options_from_settings (self->settings, self->lang, &options);
  gtk_widget_set_visible (GTK_WIDGET (self->width_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->height_row), custom);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row), options.format == OT_EXPORT_PNG);

  if (options.format == OT_EXPORT_PNG)
    pixels = g_strdup_printf (ot_gettext (self->lang, "%d × %d pixels"),
                              options.width * options.scale, options.height * options.scale);
  else
    pixels = g_strdup_printf (ot_gettext (self->lang, "%d × %d points, scales without loss"),
                              options.width, options.height);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->size_row), pixels);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scale_row),
                               options.format == OT_EXPORT_PNG
                               ? ot_gettext (self->lang, "Sharper on large screens and in print")
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

  ot_export_options_from_settings (self->settings, self->lang, &options);
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

  g_settings_delay (self->settings);
  g_settings_set_enum (self->settings, "export-format",
                       MIN (adw_combo_row_get_selected (self->format_row), OT_EXPORT_PDF));
  g_settings_set_enum (self->settings, "export-size", MIN (size, OT_EXPORT_SIZE_CUSTOM));
  g_settings_set_int (self->settings, "export-width", gtk_spin_button_get_value_as_int (self->width_spin));
  g_settings_set_int (self->settings, "export-height", gtk_spin_button_get_value_as_int (self->height_spin));
  g_settings_set_int (self->settings, "export-scale", MIN (scale, 2) + 1);
  g_settings_set_enum (self->settings, "export-language",
                       adw_combo_row_get_selected (self->lang_row) == 0 ? OT_EXPORT_LANGUAGE_NL
                                                                       : OT_EXPORT_LANGUAGE_EN);
  g_settings_set_enum (self->settings, "export-theme",
                       MIN (adw_combo_row_get_selected (self->theme_row), OT_THEME_HIGH_CONTRAST));
  g_settings_apply (self->settings);
  update_rows (self);
  update_preview (self);
}

static AdwComboRow *
add_combo (OtExportDialog     *self,
           AdwPreferencesGroup *group,
           const char          *title,
           const char * const  *strings,
           guint                n,
           guint                selected)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GListModel) model = string_model (self->lang, strings, n);
  g_autoptr(GtkListItemFactory) factory = ot_accessible_string_factory_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Items named for a screen reader, the current one marked. */
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_model (row, model);
  adw_combo_row_set_selected (row, selected);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (row_changed_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static GtkSpinButton *
add_spin (OtExportDialog      *self,
          AdwPreferencesGroup *group,
          const char          *title,
          int                  value,
          AdwActionRow       **out_row)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *spin = gtk_spin_button_new_with_range (16, OT_EXPORT_MAX_SIZE, 10);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (row, spin);
  adw_action_row_set_activatable_widget (row, spin);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (row_changed_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  *out_row = row;
  return GTK_SPIN_BUTTON (spin);
}

static char *
suggested_name (OtExportDialog *self)
{
  OtExportOptions options;

  ot_export_options_from_settings (self->settings, self->lang, &options);
  return g_strdup_printf ("ontheemd-%s.%s", self->chart != NULL ? self->chart->id : "chart",
                          ot_export_format_extension (options.format));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     OtExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_clear_object (&self->chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (!ot_export_chart_as_chosen (self->settings, self->lang, self->chart, self->dataset, file,
                                  &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  ot_gettext (self->lang, "The chart could not "
                                                              "be exported"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close",
                                       ot_gettext (self->lang, "_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
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

static void
export_clicked_cb (OtExportDialog *self)
{
  g_autofree char *name = suggested_name (self);
  g_autofree char *folder_uri = g_settings_get_string (self->settings, "export-folder");
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  OtExportOptions options;

  ot_export_options_from_settings (self->settings, self->lang, &options);
  if (*folder_uri != '\0')
    folder = g_file_new_for_uri (folder_uri);
  else if (g_get_user_special_dir (G_USER_DIRECTORY_PICTURES) != NULL)
    folder = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_PICTURES));

  /* GtkFileChooser asks before it replaces an existing file. */
  self->chooser = gtk_file_chooser_native_new (ot_gettext (self->lang, "Export Chart"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               ot_gettext (self->lang, "_Export"),
                                               ot_gettext (self->lang, "_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (folder != NULL && g_file_query_exists (folder, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);

  gtk_file_filter_set_name (filter, ot_gettext (self->lang, options.format == OT_EXPORT_PNG
                                                ? "PNG image" : options.format == OT_EXPORT_SVG
                                                ? "SVG drawing" : "PDF document"));
  gtk_file_filter_add_suffix (filter, ot_export_format_extension (options.format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
ot_export_dialog_dispose (GObject *object)
{
  OtExportDialog *self = OT_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (ot_export_dialog_parent_class)->dispose (object);
}

static void
ot_export_dialog_class_init (OtExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ot_export_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  /* The chart was written to the file. */
  signals[SIGNAL_EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);
}

static void
ot_export_dialog_init (OtExportDialog *self)
{
}

static void
build (OtExportDialog *self)
{
  static const char *format_labels[] = { N_("PNG image"), N_("SVG drawing"), N_("PDF document") };
  static const char *scale_labels[] = { "1×", "2×", "3×" };
  static const char *lang_labels[] = { "Nederlands", "English" };
  static const char *theme_labels[] = { N_("Light"), N_("Dark"), N_("High contrast") };
  const char *size_labels[G_N_ELEMENTS (presets)];
  OtLang lang = self->lang;
  GtkWidget *box, *header, *cancel, *page;
  AdwPreferencesGroup *group;
  AdwActionRow *row;
  OtLang chosen_lang = export_lang (self->settings, lang);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    size_labels[i] = presets[i].label;

  gtk_window_set_title (GTK_WINDOW (self), ot_gettext (lang, "Export Chart"));
  gtk_window_set_default_size (GTK_WINDOW (self), 460, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = ot_accessible_button_new_with_mnemonic (ot_gettext (lang, "_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->export_button = ot_accessible_button_new_with_mnemonic (ot_gettext (lang, "_Export…"));
  gtk_widget_add_css_class (self->export_button, "suggested-action");
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->export_button);
  /* Which chart this exports. */
  {
    g_autofree char *title = self->chart != NULL && self->dataset != NULL
                             ? ot_chart_dup_title (self->chart, self->dataset, lang)
                             : g_strdup ("");

    adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                     adw_window_title_new (ot_gettext (lang, "Export Chart"),
                                                           title));
  }
  gtk_box_append (GTK_BOX (box), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, ot_gettext (lang, "Preview"));
  self->preview_note = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->preview_note, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->preview_note), "dim-label");
  self->preview = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (self->preview, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->preview), -1, 200);
  gtk_widget_add_css_class (GTK_WIDGET (self->preview), "card");
  adw_preferences_group_add (group, GTK_WIDGET (self->preview));
  adw_preferences_group_add (group, GTK_WIDGET (self->preview_note));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->format_row = add_combo (self, group, ot_gettext (lang, "Format"), format_labels, 3,
                                g_settings_get_enum (self->settings, "export-format"));
  self->size_row = add_combo (self, group, ot_gettext (lang, "Size"), size_labels,
                              G_N_ELEMENTS (presets),
                              g_settings_get_enum (self->settings, "export-size"));
  self->width_spin = add_spin (self, group, ot_gettext (lang, "Width"),
                               g_settings_get_int (self->settings, "export-width"), &row);
  self->width_row = row;
  self->height_spin = add_spin (self, group, ot_gettext (lang, "Height"),
                                g_settings_get_int (self->settings, "export-height"), &row);
  self->height_row = row;
  self->scale_row = add_combo (self, group, ot_gettext (lang, "Scale"), scale_labels, 3,
                               g_settings_get_int (self->settings, "export-scale") - 1);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, ot_gettext (lang, "Chart"));
  self->lang_row = add_combo (self, group, ot_gettext (lang, "Language"), lang_labels, 2,
                              chosen_lang == OT_LANG_NL ? 0 : 1);
  self->theme_row = add_combo (self, group, ot_gettext (lang, "Theme"), theme_labels, 3,
                               g_settings_get_enum (self->settings, "export-theme"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->theme_row),
                               ot_gettext (lang, "Whatever the window's colours"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
  gtk_box_append (GTK_BOX (box), page);

  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
  update_rows (self);
  update_preview (self);
}

/* Exports @chart of @dataset, with the choices remembered in @settings,
 * "exported" (the file) once it is written; everything in @lang. */
GtkWidget *
ot_export_dialog_new (GtkWindow     *parent,
                      GSettings     *settings,
                      OtDataset     *dataset,
                      const OtChart *chart,
                      OtLang         lang)
{
  OtExportDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (dataset == NULL || OT_IS_DATASET (dataset), NULL);

  self = g_object_new (OT_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  self->dataset = dataset != NULL ? g_object_ref (dataset) : NULL;
  self->chart = chart;
  self->lang = lang;
  build (self);
  return GTK_WIDGET (self);
}

/* The chart written to @file as the export's choices in @settings say, in
 * the format its name gives: what the dialog and the window's own export
 * do. */
gboolean
ot_export_chart_as_chosen (GSettings      *settings,
                           OtLang          lang,
                           const OtChart  *chart,
                           OtDataset      *dataset,
                           GFile          *file,
                           GError        **error)
{
  g_autofree char *name = g_file_get_basename (file);
  OtExportOptions options;

  ot_export_options_from_settings (settings, lang, &options);
  ot_export_format_from_name (name, &options.format, NULL);
  if (options.format != OT_EXPORT_PNG)
    options.scale = 1;

  if (dataset == NULL || chart == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           ot_gettext (lang, "There are no figures to export."));
      return FALSE;
    }

  return ot_export_to_file (chart, dataset, &options, file, NULL, error);
}

/* ot-presentation.c: the charts as full-screen slides, driven by keys and
 * presentation clickers
 *
 * Clickers send Page Down/Up (some Right/Left, B or "." for a black
 * screen), so every common key for next, previous and blank works. Digits
 * then Enter jump to a slide. Esc leaves and gives the window back as it
 * was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ot-presentation"

#include "config.h"

#include <adwaita.h>

#include "ot-presentation.h"
#include "ot-slide-view.h"

#define POINTER_HIDE_SECONDS 2

struct _OtPresentation
{
  GtkWindow      parent_instance;

  GtkWindow     *parent;          /* weak */
  OtSlideView   *view;
  GtkLabel      *counter;
  GtkLabel      *end_notice;      /* past the last slide */
  gboolean       at_end;
  GPtrArray     *charts;          /* const OtChart; NULL first: the title slide */
  OtChartStyle   style;
  OtDeckChanges *deck;            /* each slide's quote and changes, or NULL */
  guint          current;
  GString       *typed;           /* digits typed towards a jump */
  guint          hide_pointer_id;
  gboolean       pointer_hidden;
  double         last_x, last_y;
};

G_DEFINE_FINAL_TYPE (OtPresentation, ot_presentation, GTK_TYPE_WINDOW)

static void
update_counter (OtPresentation *self)
{
  g_autofree char *text = NULL;

  /* The slide itself says where it is ("3 / 7", as in the deck); the
   * label only echoes a slide number being typed. */
  if (self->typed->len > 0)
    /* TRANSLATORS: shown while typing a slide number to jump to */
    text = g_strdup_printf (ot_gettext (self->style.lang, "Go to slide %s…"), self->typed->str);
  gtk_label_set_label (self->counter, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->counter),
                          text != NULL && ot_slide_view_get_blank (self->view) == OT_BLANK_NONE
                          && !self->at_end);
  gtk_widget_set_visible (GTK_WIDGET (self->end_notice), self->at_end);
}

/* Past the last slide: a black screen that says the deck is over, as a
 * presentation program's does. */
static void
show_end (OtPresentation *self)
{
  self->at_end = TRUE;
  ot_slide_view_set_blank (self->view, OT_BLANK_BLACK);
  update_counter (self);
}

void
ot_presentation_go_to (OtPresentation *self,
                       guint           index)
{
  g_return_if_fail (OT_IS_PRESENTATION (self));

  if (self->charts->len == 0)
    return;

  self->current = MIN (index, self->charts->len - 1);
  self->at_end = FALSE;
  ot_slide_view_set_blank (self->view, OT_BLANK_NONE);
  {
    const OtChart *chart = g_ptr_array_index (self->charts, self->current);
    /* Slides are numbered as the deck numbers them, the title slide not. */
    guint titles = g_ptr_array_index (self->charts, 0) == NULL ? 1 : 0;

    if (chart == NULL)
      ot_slide_view_set_title_slide (self->view, self->deck);
    else
      {
        ot_slide_view_set_chart_edited (self->view, chart,
                                        ot_deck_changes_get_slide (self->deck, chart->id));
        ot_slide_view_set_position (self->view, self->current + 1 - titles,
                                    self->charts->len - titles);
      }
  }
  update_counter (self);
}

static void
toggle_blank (OtPresentation *self,
              OtBlank         blank)
{
  OtBlank now = ot_slide_view_get_blank (self->view);

  ot_slide_view_set_blank (self->view, now == blank ? OT_BLANK_NONE : blank);
  update_counter (self);
}

static void
leave (OtPresentation *self)
{
  GtkWindow *parent = self->parent;

  gtk_window_destroy (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_window_present (parent);
}

/* What a key does; TRUE when it did something. */
gboolean
ot_presentation_handle_key (OtPresentation *self,
                            guint           keyval)
{
  guint last;

  g_return_val_if_fail (OT_IS_PRESENTATION (self), FALSE);

  last = self->charts->len > 0 ? self->charts->len - 1 : 0;

  if ((keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9) || (keyval >= GDK_KEY_KP_0
                                                        && keyval <= GDK_KEY_KP_9))
    {
      guint digit = keyval >= GDK_KEY_KP_0 ? keyval - GDK_KEY_KP_0 : keyval - GDK_KEY_0;

      if (self->typed->len < 4)
        g_string_append_printf (self->typed, "%u", digit);
      update_counter (self);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (self->typed->len > 0)
        {
          guint64 number = g_ascii_strtoull (self->typed->str, NULL, 10);

          g_string_truncate (self->typed, 0);
          if (number >= 1)
            ot_presentation_go_to (self, (guint) MIN (number - 1, last));
          else
            update_counter (self);
          return TRUE;
        }
      G_GNUC_FALLTHROUGH;
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_space:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      g_string_truncate (self->typed, 0);
      if (self->current == last)
        show_end (self);
      else
        ot_presentation_go_to (self, self->current + 1);
      return TRUE;

    case GDK_KEY_BackSpace:
      if (self->typed->len > 0)
        {
          g_string_truncate (self->typed, self->typed->len - 1);
          update_counter (self);
          return TRUE;
        }
      G_GNUC_FALLTHROUGH;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      /* From the end, back to the last slide. */
      if (self->at_end)
        ot_presentation_go_to (self, self->current);
      else
        ot_presentation_go_to (self, self->current > 0 ? self->current - 1 : 0);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      g_string_truncate (self->typed, 0);
      ot_presentation_go_to (self, 0);
      return TRUE;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      g_string_truncate (self->typed, 0);
      ot_presentation_go_to (self, last);
      return TRUE;

    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
      toggle_blank (self, OT_BLANK_BLACK);
      return TRUE;

    case GDK_KEY_w:
    case GDK_KEY_W:
    case GDK_KEY_comma:
      toggle_blank (self, OT_BLANK_WHITE);
      return TRUE;

    case GDK_KEY_Escape:
      if (self->typed->len > 0)
        {
          g_string_truncate (self->typed, 0);
          update_counter (self);
          return TRUE;
        }
      leave (self);
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OtPresentation        *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  return ot_presentation_handle_key (self, keyval);
}

static gboolean
hide_pointer_cb (gpointer user_data)
{
  OtPresentation *self = user_data;

  self->hide_pointer_id = 0;
  self->pointer_hidden = TRUE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  return G_SOURCE_REMOVE;
}

static void
restart_pointer_timer (OtPresentation *self)
{
  g_clear_handle_id (&self->hide_pointer_id, g_source_remove);
  self->hide_pointer_id = g_timeout_add_seconds (POINTER_HIDE_SECONDS, hide_pointer_cb, self);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           OtPresentation           *self)
{
  /* Some servers send a motion when the cursor changes: only a real move
   * shows the pointer again. */
  if (ABS (x - self->last_x) < 1 && ABS (y - self->last_y) < 1)
    return;
  self->last_x = x;
  self->last_y = y;

  if (self->pointer_hidden)
    {
      self->pointer_hidden = FALSE;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
    }
  restart_pointer_timer (self);
}

static void
click_cb (GtkGestureClick *gesture,
          int              n_press,
          double           x,
          double           y,
          OtPresentation  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  ot_presentation_handle_key (self, button == GDK_BUTTON_SECONDARY ? GDK_KEY_Left
                                                                   : GDK_KEY_Right);
}

static void
ot_presentation_dispose (GObject *object)
{
  OtPresentation *self = OT_PRESENTATION (object);

  g_clear_handle_id (&self->hide_pointer_id, g_source_remove);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (ot_presentation_parent_class)->dispose (object);
}

static void
ot_presentation_finalize (GObject *object)
{
  OtPresentation *self = OT_PRESENTATION (object);

  g_ptr_array_unref (self->charts);
  g_clear_pointer (&self->deck, ot_deck_changes_free);
  g_string_free (self->typed, TRUE);

  G_OBJECT_CLASS (ot_presentation_parent_class)->finalize (object);
}

static void
ot_presentation_class_init (OtPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ot_presentation_dispose;
  object_class->finalize = ot_presentation_finalize;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "presentation");
}

static void
ot_presentation_init (OtPresentation *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  self->typed = g_string_new (NULL);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

/* @deck: each slide's edits (taken; NULL: as the letter has them). */
OtPresentation *
ot_presentation_new (GtkWindow          *parent,
                     OtDataset          *dataset,
                     const char * const *chart_ids,
                     const OtChartStyle *style,
                     OtDeckChanges      *deck)
{
  OtPresentation *self;
  GtkWidget *overlay;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OT_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  self = g_object_new (OT_TYPE_PRESENTATION,
                       "title", ot_gettext (style->lang, "Presentation"),
                       "decorated", FALSE,
                       NULL);
  g_set_weak_pointer (&self->parent, parent);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->style = *style;
  self->deck = deck;

  /* Unknown ids (a chart since removed) fall back to every chart. */
  self->charts = ot_chart_list_from_ids (chart_ids, dataset, NULL);
  if (self->charts == NULL)
    self->charts = ot_chart_list_from_ids (NULL, dataset, NULL);
  /* The briefing's title slide first, as in the deck. */
  if (ot_deck_changes_has_title_slide (deck))
    g_ptr_array_insert (self->charts, 0, NULL);

  overlay = gtk_overlay_new ();
  self->view = OT_SLIDE_VIEW (ot_slide_view_new (dataset, style));
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->view));
  self->counter = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_halign (GTK_WIDGET (self->counter), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->counter), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->counter), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->counter), 18);
  gtk_widget_add_css_class (GTK_WIDGET (self->counter), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->counter), "numeric");
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->counter));
  self->end_notice = GTK_LABEL (gtk_label_new (ot_gettext (style->lang, "End of the slides. "
                                                           "Esc leaves; ← goes back.")));
  gtk_widget_set_halign (GTK_WIDGET (self->end_notice), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->end_notice), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->end_notice), "presentation-end");
  gtk_widget_set_visible (GTK_WIDGET (self->end_notice), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->end_notice));
  gtk_window_set_child (GTK_WINDOW (self), overlay);

  ot_presentation_go_to (self, 0);
  return self;
}

/* Full screen on the monitor the window is on. */
void
ot_presentation_start (OtPresentation *self)
{
  g_autoptr(GdkMonitor) first = NULL;
  GdkMonitor *monitor = NULL;

  g_return_if_fail (OT_IS_PRESENTATION (self));

  if (self->parent != NULL && gtk_widget_get_realized (GTK_WIDGET (self->parent)))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->parent));

      monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)),
                                                    surface);
    }

  if (monitor == NULL)
    {
      GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));

      first = g_list_model_get_item (monitors, 0);
      monitor = first;
    }

  if (monitor != NULL)
    {
      GdkRectangle geometry;

      /* The monitor's size too, for window managers (or none) that do not
       * honour full screen. */
      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  gtk_window_present (GTK_WINDOW (self));
  restart_pointer_timer (self);
}

/* Goes to the slide of @chart_id; FALSE when the deck has none. */
gboolean
ot_presentation_go_to_chart (OtPresentation *self,
                             const char     *chart_id)
{
  g_return_val_if_fail (OT_IS_PRESENTATION (self), FALSE);

  for (guint i = 0; chart_id != NULL && i < self->charts->len; i++)
    if (g_ptr_array_index (self->charts, i) != NULL
        && g_strcmp0 (((const OtChart *) g_ptr_array_index (self->charts, i))->id, chart_id) == 0)
      {
        ot_presentation_go_to (self, i);
        return TRUE;
      }
  return FALSE;
}

gboolean
ot_presentation_get_at_end (OtPresentation *self)
{
  g_return_val_if_fail (OT_IS_PRESENTATION (self), FALSE);

  return self->at_end;
}

guint
ot_presentation_get_current (OtPresentation *self)
{
  g_return_val_if_fail (OT_IS_PRESENTATION (self), 0);

  return self->current;
}

guint
ot_presentation_get_n_slides (OtPresentation *self)
{
  g_return_val_if_fail (OT_IS_PRESENTATION (self), 0);

  return self->charts->len;
}

OtBlank
ot_presentation_get_blank (OtPresentation *self)
{
  g_return_val_if_fail (OT_IS_PRESENTATION (self), OT_BLANK_NONE);

  return ot_slide_view_get_blank (self->view);
}

gboolean
ot_presentation_get_pointer_hidden (OtPresentation *self)
{
  g_return_val_if_fail (OT_IS_PRESENTATION (self), FALSE);

  return self->pointer_hidden;
}

/* The slide on screen, as drawn. */
OtSlideView *
ot_presentation_get_view (OtPresentation *self)
{
  g_return_val_if_fail (OT_IS_PRESENTATION (self), NULL);

  return self->view;
}

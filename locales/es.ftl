# Mensajes de Chairside en español: la traducción de en.ftl, el original en inglés.
#
# Las claves se agrupan según dónde aparecen: `format-` (fechas, horas, números: todos los idiomas
# los tienen todos), `book-` (las páginas de reserva de los pacientes), `email-` (los correos
# electrónicos) y después las páginas del personal.
# Un idioma solo para pacientes (véase src/i18n/language.rs) necesita los tres primeros grupos.
# Los argumentos se escriben { $name }; un selector elige según un valor ({ $order -> ... }).

## Fechas, horas y números. $order es el orden de día, mes y año de la región de la clínica:
## dmy, mdy o ymd. Con el mes en letras, el español escribe siempre el día antes del mes.

format-weekday-1 = lunes
format-weekday-2 = martes
format-weekday-3 = miércoles
format-weekday-4 = jueves
format-weekday-5 = viernes
format-weekday-6 = sábado
format-weekday-7 = domingo
format-weekday-short-1 = lun
format-weekday-short-2 = mar
format-weekday-short-3 = mié
format-weekday-short-4 = jue
format-weekday-short-5 = vie
format-weekday-short-6 = sáb
format-weekday-short-7 = dom
format-month-1 = enero
format-month-2 = febrero
format-month-3 = marzo
format-month-4 = abril
format-month-5 = mayo
format-month-6 = junio
format-month-7 = julio
format-month-8 = agosto
format-month-9 = septiembre
format-month-10 = octubre
format-month-11 = noviembre
format-month-12 = diciembre
format-month-short-1 = ene
format-month-short-2 = feb
format-month-short-3 = mar
format-month-short-4 = abr
format-month-short-5 = may
format-month-short-6 = jun
format-month-short-7 = jul
format-month-short-8 = ago
format-month-short-9 = sept
format-month-short-10 = oct
format-month-short-11 = nov
format-month-short-12 = dic
format-date-long = { $order ->
    [mdy] { $weekday }, { $day } de { $month } de { $year }
   *[other] { $weekday }, { $day } de { $month } de { $year }
    }
format-date-medium = { $order ->
    [mdy] { $weekday_short }, { $day } { $month_short }
   *[other] { $weekday_short }, { $day } { $month_short }
    }
format-date-without-year = { $order ->
    [mdy] { $weekday }, { $day } de { $month }
   *[other] { $weekday }, { $day } de { $month }
    }
format-day-month-short = { $order ->
    [mdy] { $day } { $month_short }
   *[other] { $day } { $month_short }
    }
format-date-numeric = { $order ->
    [mdy] { $month2 }/{ $day2 }/{ $year }
    [ymd] { $year }-{ $month2 }-{ $day2 }
   *[other] { $day2 }/{ $month2 }/{ $year }
    }
format-month-year = { $month } de { $year }
format-date-time = { $date } a las { $time }
format-time-24 = { $hour }:{ $minute }
format-time-12 = { $hour }:{ $minute }{"\u00A0"}{ $period ->
    [am] a.{"\u00A0"}m.
   *[pm] p.{"\u00A0"}m.
    }
format-number-decimal = ,
format-number-group = .
format-money = { $amount }{"\u00A0"}{ $symbol }

## Las páginas de reserva de los pacientes (/book, /book/manage, /book/offer).

book-language = Idioma
book-title = Pedir cita
book-loading = Cargando…
book-not-found = Página no encontrada
book-not-found-text = No hemos encontrado esa página. Puede que el enlace esté mal escrito o que haya caducado.
book-start = Pedir cita
book-no-clinics = En este momento ninguna clínica admite citas en línea. Por favor, llame a su clínica.
book-choose-clinic = Elija su clínica.
book-at = Pedir cita en { $clinic }
book-step = Paso { $step } de { $steps }
book-invite-for = Cita para { $first_name }: elija una hora y confírmela. No necesita escribir sus datos.
book-invite-spent = El enlace de su correo ha caducado o ya se ha usado para reservar. Aún puede pedir cita: después de elegir la hora le pediremos sus datos.
book-what-for = ¿Para qué es la cita?
book-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
    }
book-who = ¿Con quién desea su cita de { $appointment_type }?
book-first-available = El primero disponible
book-first-available-detail = Quien tenga hora antes
book-kind-dentist = Dentista
book-kind-hygienist = Higienista dental
book-change-type = ‹ Cambiar el tipo de cita
book-change = Cambiar
book-choose-a-day = Elija un día.
book-choose-day = Elija un día
book-zone-note = Las horas corresponden a la zona horaria de la clínica ({ $zone }).
book-device-zone-note = Su dispositivo usa la zona horaria { $zone }. Las horas que ve aquí son las de la clínica.
book-day-free = { $count ->
    [0] completo
    [one] { $count } hueco
   *[other] { $count } huecos
    }
book-earlier = ‹ Antes
book-later = Después ›
book-free-times-on = Horas libres el { $day }
book-no-free-time = No quedan horas libres este día. Elija otro día arriba o busque más adelante.
book-held-until = Le guardamos esta hora hasta las { $time } (hora de { $zone }).
book-summary-appointment = Cita
book-summary-with = Con
book-summary-when = Cuándo
book-summary-where = Dónde
book-summary-status = Estado
book-details = Sus datos
book-details-known = La clínica ya tiene sus datos.
book-review = Revisar y confirmar
book-review-it = Revise y confirme la cita
book-trap = Deje este campo vacío
book-first-name = Nombre
book-last-name = Apellidos
book-date-of-birth = Fecha de nacimiento
book-email = Correo electrónico
book-email-hint = Aquí le enviaremos la confirmación, con un enlace para cambiar o cancelar la cita.
book-phone = Teléfono
book-reason-optional = Motivo de la visita (opcional)
book-reason = Motivo
book-name = Nombre
book-been-before = ¿Ha venido antes a esta clínica?
book-new-patient = No, es la primera vez
book-returning-patient = Sí, ya he venido antes
book-reminders = Enviarme recordatorios por correo antes de la cita
book-earlier-time = Avisarme si queda libre una hora antes
book-earlier-time-hint = Le avisaremos por correo cuando quede libre una hora anterior a la suya; se la queda quien la reserve primero, y su cita pasa a esa hora.
book-continue = Continuar
book-for-known-patient = Cita para { $first_name }. La confirmación se enviará al correo electrónico que la clínica tiene registrado.
book-change-details = Cambiar mis datos
book-confirm = Confirmar la cita
book-booked = Reservada
book-not-confirmed = Esta cita aún no está confirmada.
book-booked-heading = Cita reservada
book-confirmed = Su cita está confirmada.
book-details-sent = Le hemos enviado los detalles por correo electrónico, con un enlace para cambiar o cancelar la cita.
book-questions = ¿Tiene alguna pregunta? Llame a la clínica al { $phone }.
book-manage-title = Su cita
book-manage-cancelled = Su cita está cancelada. Le hemos enviado un correo electrónico.
book-manage-moved = Su cita se ha cambiado. Le hemos enviado un correo electrónico.
book-manage-confirmed = Gracias: la clínica ya sabe que usted vendrá.
book-status-cancelled = Cancelada
book-status-completed = Realizada
book-status-missed = No acudió
book-status-confirmed = Confirmada
book-status-booked = Reservada
book-will-you-come = ¿Vendrá a la cita?
book-will-you-come-text = Confirme a la clínica que asistirá.
book-i-will-come = Sí, asistiré
book-call-to-change = Para cambiarla ahora, llame a { $clinic } al { $phone }.
book-another = Pedir otra cita
book-move-or-cancel-instead = Prefiero cambiarla o cancelarla
book-cancel-question = ¿Cancelar esta cita?
book-cancel-question-text = La hora quedará libre para otra persona.
book-cancel-yes = Sí, cancelarla
book-cancel-no = No, mantenerla
book-move = Cambiar a otra hora
book-move-hint = Conservará su hora actual hasta que la nueva quede reservada.
book-keep-time = Mantener mi hora actual
book-change-until = Puede cambiar o cancelar la cita en línea hasta el { $until }.
book-cancel = Cancelar la cita
book-offer-title = Una hora antes
book-offer-open = Ha quedado libre una hora
book-offer-moves = Su cita del { $when } pasa a esta hora: seguirá teniendo una sola cita.
book-offer-until = Se ha ofrecido a varios pacientes: se la queda quien la reserve primero. La oferta es válida hasta el { $until }.
book-offer-take = Reservar esta hora
book-offer-not-for-you = ¿No le viene bien? No haga nada: seguirá en la lista.
book-offer-yours = Es suya. Le hemos enviado los detalles por correo electrónico, con un enlace para cambiar o cancelar la cita.
book-offer-took = Ya reservó esta hora. El correo que le enviamos tiene un enlace para cambiar o cancelar la cita.
book-offer-taken = Esta hora ya está reservada
book-offer-taken-text = Lo sentimos, otro paciente ha reservado esta hora antes. Sigue en la lista: le avisaremos por correo cuando quede libre otra hora.
book-offer-closed = Esta oferta ha caducado
book-offer-closed-text = Esta oferta ya no es válida. Si sigue en la lista, le avisaremos por correo cuando quede libre otra hora.
book-offer-choose-another = Elegir otra hora en línea
book-offer-questions = ¿Tiene alguna pregunta? Llame a { $clinic } al { $phone }.
book-time-taken = Lo sentimos, otra persona acaba de reservar la hora del { $when }. Estas son las horas que siguen libres.
book-too-late = Ya no se puede cambiar esta cita en línea (hay que hacerlo con { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
    } de antelación). Por favor, llame a { $clinic } al { $phone }.
book-too-late-to-confirm = Esta cita ya no se puede confirmar en línea. Por favor, llame a { $clinic } al { $phone }.
book-refused-as-automated = No hemos podido aceptar esta reserva en línea. Espere un momento y vuelva a intentarlo, o llame a la clínica.
book-hold-expired = La hora que le guardábamos ha caducado, o este enlace no es correcto. Vuelva a elegir una hora en { $address }.
book-cannot-book-with-details = Esta hora no se puede reservar en línea con estos datos. Elija otra hora o llame a la clínica.
book-already-booked-then = Ya tiene una cita a esta hora. Elija otra hora o llame a la clínica.
book-offer-taken-error = Lo sentimos, otro paciente acaba de reservar esta hora. Sigue en la lista: le avisaremos por correo cuando quede libre otra hora.
book-offer-closed-error = Esta oferta ha caducado. Si sigue en la lista, le avisaremos por correo cuando quede libre otra hora.
book-offer-already-booked-then = Ya tiene una cita a esta hora. Llame a la clínica para cambiarla.
book-error-email-required = Indique su correo electrónico: allí le enviaremos la confirmación.
book-error-phone-required = Indique un teléfono al que la clínica pueda llamarle.
book-error-returning = Indique si ha venido antes a la clínica.

## Mensajes de los campos de formulario (en todas las páginas, también las de reserva).

field-enter = Indique { $what }.
field-too-long = Use como máximo { $max } caracteres.
field-control-characters = Elimine los caracteres de control.
field-phone = Indique un número de teléfono como 07700 900123 o +44 7700 900123.
field-date-of-birth-missing = Indique la fecha de nacimiento.
field-date-day-first = Indique una fecha como 07/03/1985 (día, mes, año).
field-date-month-first = Indique una fecha como 03/07/1985 (mes, día, año).
field-date-of-birth-future = La fecha de nacimiento no puede ser futura.
field-date-before-1900 = Revise el año: es anterior a 1900.
field-email-missing = Indique una dirección de correo electrónico.
field-email-too-long = Una dirección de correo electrónico tiene como máximo { $max } caracteres.
field-email-invalid = Indique una dirección de correo electrónico como nombre@ejemplo.com.
field-what-first-name = el nombre
field-what-last-name = los apellidos

## Errores que puede mostrar cualquier página.

error-unauthorized = Inicie sesión para continuar.
error-sign-in-failed = El correo electrónico o la contraseña no son correctos.
error-forbidden = No tiene permiso para hacer eso.
error-not-found = No se ha encontrado.
error-validation = Algunos campos necesitan su atención.
error-rate-limited = { $minutes ->
    [0] { $seconds ->
        [one] Demasiados intentos. Vuelva a intentarlo dentro de un segundo.
       *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos.
    }
    [one] Demasiados intentos. Vuelva a intentarlo dentro de un minuto.
   *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $minutes } minutos.
    }
error-unreachable = No se ha podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
error-internal = Algo ha fallado por nuestra parte (referencia { $id }).

## Correos electrónicos. Los marcadores son los de la plantilla ({ $appointment_date } se rellena al enviarlo).

email-greeting = Hola, { $patient_first_name }:
email-greeting-staff = Hola, { $staff_name }:
email-manage-intro = Para consultarla, cambiarla o cancelarla:
email-manage = Ver, cambiar o cancelar su cita
email-booked-subject = Su cita del { $appointment_date } a las { $appointment_time }
email-booked-body = Su cita de { $appointment_type } con { $provider } está reservada para el { $appointment_date } a las { $appointment_time } (hora de { $time_zone }).
email-moved-subject = Su cita se ha cambiado al { $appointment_date } a las { $appointment_time }
email-moved-body = Su cita de { $appointment_type } con { $provider } es ahora el { $appointment_date } a las { $appointment_time } (hora de { $time_zone }).
email-cancelled-subject = Su cita del { $appointment_date } está cancelada
email-cancelled-body = Su cita de { $appointment_type } del { $appointment_date } a las { $appointment_time } está cancelada.
email-cancelled-book-again = Para pedir una nueva cita, llame a { $clinic_name } al { $clinic_phone }.
email-reminder-subject = Recordatorio: { $appointment_type } el { $appointment_date } a las { $appointment_time }
email-reminder-body = Le recordamos su cita de { $appointment_type } con { $provider } el { $appointment_date } a las { $appointment_time } (hora de { $time_zone }).
email-reminder-question = ¿Vendrá a la cita?
email-reminder-confirm = Sí, asistiré
email-reminder-confirm-intro = ¿Vendrá? Confírmelo:
email-reminder-move = Cambiarla
email-reminder-move-intro = Para cambiarla:
email-reminder-cancel = Cancelarla
email-reminder-cancel-intro = Para cancelarla:
email-recall-subject = Es hora de pedir su cita de { $recall_kind } en { $clinic_name }
email-recall-body = Su próxima cita de { $recall_kind } en { $clinic_name } corresponde el { $due_date }.
email-recall-choose = Elija la hora que mejor le venga
email-recall-choose-intro = Elija la hora que mejor le venga:
email-recall-call = O llámenos al { $clinic_phone }.
email-offer-subject = Una hora antes: { $appointment_type } el { $appointment_date } a las { $appointment_time }
email-offer-body = Ha quedado libre una hora en { $clinic_name }: { $appointment_type } con { $provider } el { $appointment_date } a las { $appointment_time } (hora de { $time_zone }).
email-offer-first-come = La hemos ofrecido a varios pacientes de nuestra lista de espera; se la queda quien la reserve primero.
email-offer-take = Reservar esta hora
email-offer-take-intro = Para aceptarla:
email-offer-until = La oferta es válida hasta el { $offer_expires }.
email-offer-moves = Si ya tiene una cita posterior de este tipo, pasará a esta hora. ¿No le viene bien? No haga nada: seguirá en la lista.
email-invitation-subject = Su cuenta de Chairside en { $clinic_name }
email-invitation-body = Se le ha creado una cuenta en { $clinic_name }.
email-invitation-choose = Elija su contraseña
email-invitation-choose-intro = Elija aquí su contraseña:
email-invitation-once = El enlace solo funciona una vez, hasta el { $expires }.
field-language = Elija uno de los idiomas disponibles.

## Comunes a las páginas del personal.

common-loading = Cargando…

## La cuenta.

account-language-title = Idioma
account-language-legend = El idioma en que se muestra Chairside
account-language-browser = El idioma de mi navegador
account-language-save = Guardar
account-language-saved = Guardado: Chairside se muestra ahora en el idioma elegido.
field-region = Indique las dos letras de un país, como GB o US.
field-week-starts = Elija el primer día de la semana.

## Configuración.

setup-clinic-language = Idioma predeterminado
setup-clinic-language-hint = Los correos a los pacientes se envían en su propio idioma; este es para los pacientes cuyo idioma no se conoce.
setup-clinic-region = Región
setup-clinic-region-hint = Las dos letras del país, como GB o US: las fechas, horas y números se escriben según su uso (en EE. UU., por ejemplo, con el reloj de 12 horas).
setup-clinic-week-starts = La semana empieza el

## El calendario y Mi día.

calendar-week-of = Semana del { $day }
my-day-today = Hoy, { $day }

## Todas las páginas: la cabecera, las páginas que solo muestran un aviso.

site-description = Chairside: agenda y fichas de pacientes para grupos de clínicas dentales.
site-skip = Saltar al contenido
site-main-nav = Principal
site-home = Inicio
site-book-online = Pedir cita en línea
site-sign-in = Iniciar sesión
site-go-home = Ir a la página de inicio
site-not-found = Página no encontrada
site-not-found-text = No hay nada en esta dirección. Puede que se haya trasladado o que el enlace esté mal escrito.
site-error = Algo ha fallado
site-error-text = No se ha podido mostrar esta página. No se ha perdido nada de lo que ha introducido; vuelva a intentarlo.
site-forbidden = Sin acceso
site-forbidden-text = Su rol no incluye esta parte de Chairside. Si la necesita, pídasela a un administrador de su clínica.
site-record-not-found = No encontrado
site-record-not-found-text = Este registro no existe o pertenece a una clínica en la que no trabaja. Compruebe el enlace o vuelva a buscarlo.

## Las áreas de la aplicación del personal, los roles, el inicio de sesión.

nav-calendar = Agenda
nav-my-day = Mi día
nav-patients = Pacientes
nav-recall = Revisiones
nav-asap = Lista de espera
nav-setup = Configuración
nav-staff = Personal
nav-outbox = Bandeja de salida
nav-audit = Registro de auditoría
nav-reports = Informes
role-admin = Administrador
role-dentist = Dentista
role-hygienist = Higienista
role-receptionist = Recepcionista
auth-sign-in-intro = El personal de la clínica inicia sesión con su correo electrónico de trabajo.
auth-email = Correo electrónico
auth-password = Contraseña
auth-enter-password = Introduzca su contraseña.
auth-sign-out = Cerrar sesión
